using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Aggregation;

/// <summary>
/// The per-group accumulators of one aggregation, one 32-byte cell per group (so adding a record touches one cache
/// line), sized by the number of groups, never by the number of records.
/// </summary>
internal sealed class GroupTotals
{
    internal GroupTotals(int cells) => Cells = new Cell[cells];

    internal Cell[] Cells { get; }

    /// <summary>Adds another part's totals into these, cell by cell, with checked sums.</summary>
    internal void Add(GroupTotals other)
    {
        for (int cell = 0; cell < Cells.Length; cell++)
        {
            Cells[cell].Add(in other.Cells[cell]);
        }
    }

    /// <summary>The bits of the qualifiers themselves: every bit below the first marker.</summary>
    internal const int QualifierBits = (1 << ParticipationLedger.UnknownPeople) - 1;

    /// <summary>The qualifiers and the unknown-attendance bit; <see cref="ParticipationLedger.NoPeople"/> sets nothing.</summary>
    internal const int PeopleBits = QualifierBits | (1 << ParticipationLedger.UnknownPeople);

    /// <summary>
    /// The people of a group: null when no record stated any (unknown is not zero); otherwise the sum with its
    /// qualifiers combined, and "at least" when some activity's attendance was unknown.
    /// </summary>
    internal static QualifiedCount? People(long people, byte seen)
    {
        byte known = (byte)(seen & QualifierBits);
        if (known == 0)
        {
            return null;
        }

        CountQualifier qualifier = Qualifier(known);
        if ((seen & (1 << ParticipationLedger.UnknownPeople)) != 0)
        {
            qualifier = QualifiedCount.Combine(qualifier, CountQualifier.AtLeast);
        }

        return QualifiedCount.Create(people, qualifier);
    }

    /// <summary>
    /// The qualifier of a sum from the set of qualifiers its parts had. <see cref="QualifiedCount.Combine"/> is
    /// commutative, associative and idempotent, so the set alone decides it, and the hot loop only ORs bits.
    /// </summary>
    internal static CountQualifier Qualifier(byte seen)
    {
        var result = CountQualifier.Exact;
        while (seen != 0)
        {
            int bit = BitOperations.TrailingZeroCount(seen);
            result = QualifiedCount.Combine(result, (CountQualifier)bit);
            seen &= (byte)(seen - 1);
        }

        return result;
    }

    // 32 bytes, so that no cell straddles two cache lines.
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    internal struct Cell
    {
        internal long Activities;
        internal long People;
        internal int Records;
        internal byte ActivityQualifiers;
        internal byte PeopleQualifiers;

        /// <summary>How many of <see cref="Records"/> the plain scan added as irregular; zero once settled.</summary>
        internal int Irregular;

        /// <summary>
        /// Adds one record: the only place the accumulation rule is written. Unknown people arrive as 0 with qualifier
        /// NoPeople, so adding 0 and OR-ing no bit leaves the group as it was, without a branch.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(long activities, byte activityQualifier, long people, byte peopleQualifier)
        {
            Records++;
            Activities = checked(Activities + activities);
            ActivityQualifiers |= (byte)(1 << activityQualifier);
            People = checked(People + people);
            PeopleQualifiers |= (byte)((1 << peopleQualifier) & PeopleBits);
        }

        /// <summary>
        /// The plain scan's first half, for every record: one more record and its people (unchecked: the scan proves
        /// beforehand that no group's people can pass 64 bits). The activity and both qualifiers wait for
        /// <see cref="AddIrregular"/> or <see cref="Settle"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void AddPlain(long people)
        {
            Records++;
            People += people;
        }

        /// <summary>The plain scan's second half, for a record listed in <see cref="IrregularRecords"/>: its activities and qualifiers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void AddIrregular(long activities, byte activityQualifier, byte peopleQualifier)
        {
            Irregular++;
            Activities = checked(Activities + activities);
            ActivityQualifiers |= (byte)(1 << activityQualifier);
            PeopleQualifiers |= (byte)((1 << peopleQualifier) & PeopleBits);
        }

        /// <summary>
        /// Ends the plain scan: every record not added as irregular was one exactly counted activity with exactly
        /// counted people, so the group gains that many activities and the exact qualifier on both counts. Afterwards
        /// the cell holds what <see cref="Add(long, byte, long, byte)"/> for each record would have given.
        /// </summary>
        internal void Settle()
        {
            int plain = Records - Irregular;
            Irregular = 0;
            if (plain > 0)
            {
                Activities = checked(Activities + plain);
                ActivityQualifiers |= 1 << (int)CountQualifier.Exact;
                PeopleQualifiers |= 1 << (int)CountQualifier.Exact;
            }
        }

        /// <summary>Adds another group's totals (a part's, or a rollup's), with checked sums.</summary>
        internal void Add(in Cell other)
        {
            Records += other.Records;
            Activities = checked(Activities + other.Activities);
            People = checked(People + other.People);
            ActivityQualifiers |= other.ActivityQualifiers;
            PeopleQualifiers |= other.PeopleQualifiers;
        }
    }
}
