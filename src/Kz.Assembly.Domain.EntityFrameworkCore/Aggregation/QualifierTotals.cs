using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Aggregation;

/// <summary>
/// Folds what the database computed for a group (the sum of the known figures, how many were unknown, and which
/// qualifiers occurred) into one count. <see cref="QualifiedCount.Combine"/> is associative and commutative, so the
/// qualifier of a sum depends only on which qualifiers occur: this closed form equals folding it row by row, which
/// lets the database compute four <c>MAX</c>es instead of returning the rows.
/// </summary>
internal static class QualifierTotals
{
    internal static QualifiedCount? Fold<TKey>(GroupTotals<TKey> totals)
    {
        // SQL's sum over no known figure is NULL, but EF Core writes COALESCE(sum, 0): the count tells them apart.
        if (totals.Unknown == totals.Records)
        {
            return null;
        }

        long sum = totals.KnownSum ?? 0;

        bool lower = totals.AnyMoreThan == 1 || totals.AnyAtLeast == 1 || totals.Unknown > 0;
        CountQualifier qualifier = totals.AnyAbout == 1 || (lower && totals.AnyUpTo == 1) ? CountQualifier.About
            : totals.AnyUpTo == 1 ? CountQualifier.UpTo
            : totals.AnyMoreThan == 1 ? CountQualifier.MoreThan
            : lower ? CountQualifier.AtLeast
            : CountQualifier.Exact;
        return QualifiedCount.Create(sum, qualifier);
    }
}
