using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;
using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Aggregation;

/// <summary>
/// The database returns for a group only which qualifiers occurred; folding those equals adding the figures one by
/// one as the ledger does, unknown figures included ("at least"), for any group.
/// </summary>
public sealed class QualifierTotalsTests
{
    [Fact]
    public void The_closed_form_equals_the_row_by_row_sum()
    {
        Gen<QualifiedCount?> figure = Gen.Long[0, 1_000_000].Select(Gen.Enum<CountQualifier>(), QualifiedCount.Create).Nullable();
        figure.Array[1, 30].Sample(figures =>
        {
            QualifiedCount[] known = [.. figures.OfType<QualifiedCount>()];
            QualifiedCount? expected = known.Length == 0 ? null
                : known.Length < figures.Length ? QualifiedCount.Sum(known).Add(QualifiedCount.AtLeast(0))
                : QualifiedCount.Sum(known);
            var totals = new GroupTotals<int>
            {
                Key = 0,
                Records = figures.Length,
                KnownSum = known.Length == 0 ? 0 : known.Sum(c => c.Value), // EF Core's COALESCE(sum, 0)
                Unknown = figures.Length - known.Length,
                AnyAbout = known.Any(c => c.Qualifier == CountQualifier.About) ? 1 : 0,
                AnyMoreThan = known.Any(c => c.Qualifier == CountQualifier.MoreThan) ? 1 : 0,
                AnyAtLeast = known.Any(c => c.Qualifier == CountQualifier.AtLeast) ? 1 : 0,
                AnyUpTo = known.Any(c => c.Qualifier == CountQualifier.UpTo) ? 1 : 0,
            };
            return QualifierTotals.Fold(totals) == expected;
        });
    }
}
