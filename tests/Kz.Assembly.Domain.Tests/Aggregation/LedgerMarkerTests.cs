using System;
using System.Linq;
using Kz.Assembly.Domain.Aggregation;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Tests.Aggregation;

/// <summary>
/// A ledger record's people byte holds a <see cref="CountQualifier"/> or a marker (no reach, unknown attendance), and a
/// group ORs <c>1 &lt;&lt; byte</c> into eight bits. These tests fail the day a new qualifier would meet a marker.
/// </summary>
public class LedgerMarkerTests
{
    [Fact]
    public void Every_qualifier_lies_below_both_markers_and_inside_the_qualifier_bits()
    {
        foreach (CountQualifier qualifier in Enum.GetValues<CountQualifier>())
        {
            int code = (int)qualifier;
            Assert.InRange(code, 0, ParticipationLedger.UnknownPeople - 1);
            Assert.NotEqual(0, GroupTotals.QualifierBits & (1 << code));
        }
    }

    [Fact]
    public void The_markers_are_distinct_and_fit_the_eight_bits_a_group_keeps()
    {
        Assert.NotEqual(ParticipationLedger.NoPeople, ParticipationLedger.UnknownPeople);
        Assert.InRange(ParticipationLedger.NoPeople, 0, 7);
        Assert.InRange(ParticipationLedger.UnknownPeople, 0, 7);
        Assert.Equal(0, GroupTotals.QualifierBits & (1 << ParticipationLedger.UnknownPeople));
        Assert.Equal(0, GroupTotals.PeopleBits & (1 << ParticipationLedger.NoPeople));
    }

    [Fact]
    public void Each_qualifier_read_back_from_its_bit_is_itself_and_the_markers_read_as_no_figure_or_a_lower_bound()
    {
        foreach (CountQualifier qualifier in Enum.GetValues<CountQualifier>())
        {
            Assert.Equal(qualifier, GroupTotals.Qualifier((byte)(1 << (int)qualifier)));
            Assert.Equal(QualifiedCount.Create(10, qualifier), GroupTotals.People(10, (byte)(1 << (int)qualifier)));
        }

        byte noReach = (byte)((1 << ParticipationLedger.NoPeople) & GroupTotals.PeopleBits);
        Assert.Null(GroupTotals.People(0, noReach));
        Assert.Null(GroupTotals.People(0, (byte)(1 << ParticipationLedger.UnknownPeople)));
        byte exactAndUnknown = (byte)(1 << (int)CountQualifier.Exact | 1 << ParticipationLedger.UnknownPeople);
        Assert.Equal(QualifiedCount.Create(10, CountQualifier.AtLeast), GroupTotals.People(10, exactAndUnknown));
        Assert.True(Enum.GetValues<CountQualifier>().Length <= ParticipationLedger.UnknownPeople);
    }
}
