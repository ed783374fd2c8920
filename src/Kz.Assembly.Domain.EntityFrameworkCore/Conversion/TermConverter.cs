using Kz.Assembly.Domain.Periods;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NpgsqlTypes;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="Term"/> as a PostgreSQL <c>daterange</c>: <c>[start, end]</c>, or <c>[start,)</c> while it is
/// open. PostgreSQL itself refuses a range whose end is before its start, and stores every date range with an
/// exclusive upper bound, which reading turns back into the last day. Reading goes through <see cref="Term.Create"/>.
/// </summary>
public sealed class TermConverter : ValueConverter<Term, NpgsqlRange<LocalDate>>
{
    /// <summary>Initializes the converter.</summary>
    public TermConverter()
        : base(term => ToRange(term), range => FromRange(range))
    {
    }

    private static NpgsqlRange<LocalDate> ToRange(Term term) => term.End is { } end
        ? new NpgsqlRange<LocalDate>(term.Start, true, end, true)
        : new NpgsqlRange<LocalDate>(term.Start, true, false, default, false, true);

    private static Term FromRange(NpgsqlRange<LocalDate> range)
    {
        LocalDate start = range.LowerBoundIsInclusive ? range.LowerBound : range.LowerBound.PlusDays(1);
        if (range.UpperBoundInfinite)
        {
            return Term.Create(start);
        }

        return Term.Create(start, range.UpperBoundIsInclusive ? range.UpperBound : range.UpperBound.PlusDays(-1));
    }
}
