using System;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>The per-group accumulators of one aggregation: sized by the number of groups, never by the number of records.</summary>
internal sealed class GroupTotals
{
    internal GroupTotals(int cells)
    {
        Records = new int[cells];
        Activities = new long[cells];
        ActivityQualifier = new byte[cells];
        People = new long[cells];
        PeopleQualifier = new byte[cells];
        Array.Fill(PeopleQualifier, ParticipationLedger.NoPeople);
    }

    internal int[] Records { get; }

    internal long[] Activities { get; }

    internal byte[] ActivityQualifier { get; }

    internal long[] People { get; }

    internal byte[] PeopleQualifier { get; }
}
