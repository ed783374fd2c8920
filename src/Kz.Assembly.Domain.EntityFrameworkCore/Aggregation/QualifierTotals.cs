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
    internal static QualifiedCount? Fold(long? knownSum, int unknown, int anyAbout, int anyMoreThan, int anyAtLeast, int anyUpTo)
    {
        if (knownSum is not { } sum)
        {
            return null;
        }

        bool lower = anyMoreThan == 1 || anyAtLeast == 1 || unknown > 0;
        CountQualifier qualifier = anyAbout == 1 || (lower && anyUpTo == 1) ? CountQualifier.About
            : anyUpTo == 1 ? CountQualifier.UpTo
            : anyMoreThan == 1 ? CountQualifier.MoreThan
            : lower ? CountQualifier.AtLeast
            : CountQualifier.Exact;
        return QualifiedCount.Create(sum, qualifier);
    }
}
