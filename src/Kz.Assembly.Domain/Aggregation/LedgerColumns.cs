using System;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The ledger's column arrays. Only the builder writes them, and only past the count of any snapshot already taken,
/// so snapshots sharing these arrays never see a value change. Growing copies into new arrays.
/// </summary>
internal sealed class LedgerColumns
{
    internal LedgerColumns(int capacity)
    {
        Region = new byte[capacity];
        Day = new ushort[capacity];
        Kind = new byte[capacity];
        Project = new ushort[capacity];
        Place = new ushort[capacity];
        Activities = new long[capacity];
        ActivityQualifier = new byte[capacity];
        People = new long[capacity];
        PeopleQualifier = new byte[capacity];
    }

    internal byte[] Region { get; }

    internal ushort[] Day { get; }

    internal byte[] Kind { get; }

    internal ushort[] Project { get; }

    internal ushort[] Place { get; }

    internal long[] Activities { get; }

    internal byte[] ActivityQualifier { get; }

    internal long[] People { get; }

    internal byte[] PeopleQualifier { get; }

    internal int Capacity => Region.Length;

    internal LedgerColumns Grow(int count, int capacity)
    {
        var grown = new LedgerColumns(capacity);
        Array.Copy(Region, grown.Region, count);
        Array.Copy(Day, grown.Day, count);
        Array.Copy(Kind, grown.Kind, count);
        Array.Copy(Project, grown.Project, count);
        Array.Copy(Place, grown.Place, count);
        Array.Copy(Activities, grown.Activities, count);
        Array.Copy(ActivityQualifier, grown.ActivityQualifier, count);
        Array.Copy(People, grown.People, count);
        Array.Copy(PeopleQualifier, grown.PeopleQualifier, count);
        return grown;
    }
}
