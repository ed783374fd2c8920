using System;
using System.Globalization;
using Kz.Assembly.Domain.Notation;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Periods;

/// <summary>
/// The invariant text of a reporting period, both ways, in one place: <c>2025</c>, <c>2025-Q2</c>, <c>2025-04</c>,
/// <c>YTD 2025-04-24</c>, <c>2025-01-10/2025-02-20</c>. <see cref="ReportingPeriod.ToString()"/>, <c>Parse</c>,
/// <c>TryParse</c>, JSON and the EF Core converter all go through it, and a refused text comes back with the reason.
/// </summary>
internal static class ReportingPeriodPattern
{
    internal const string What = "a reporting period";

    private const string Forms = "2025, 2025-Q2, 2025-04, YTD 2025-04-24 or 2025-01-10/2025-02-20";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    internal static string Format(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.CalendarYear => period.Year.ToString("D4", CultureInfo.InvariantCulture),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-Q{period.QuarterOfYear}"),
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-{period.Start.Month:D2}"),
        ReportingPeriodKind.YearToDate => "YTD " + IsoDate.Format(period.End),
        _ => IsoDate.Format(period.Start) + "/" + IsoDate.Format(period.End),
    };

    internal static ParseResult<ReportingPeriod> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<ReportingPeriod>.Refused("it is empty");
        }

        // NodaTime's patterns stop at a NUL as at the end of the text, so "YTD 2025-04-24\0" once read as a period.
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') is int control and >= 0)
        {
            return ParseResult<ReportingPeriod>.Refused(string.Create(CultureInfo.InvariantCulture, $"it holds a control character (U+{(int)text[control]:X4}) at position {control}"));
        }

        if (text.StartsWith("YTD ", StringComparison.Ordinal))
        {
            return Day(text[4..]) is not { } asOf ? ParseResult<ReportingPeriod>.Refused("«YTD » is followed by a day written yyyy-MM-dd")
                : OutsideYears(asOf.Year) is { } outside ? ParseResult<ReportingPeriod>.Refused(outside)
                : ParseResult<ReportingPeriod>.Of(ReportingPeriod.YearToDate(asOf));
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (Day(text[..slash]) is not { } start || Day(text[(slash + 1)..]) is not { } end)
            {
                return ParseResult<ReportingPeriod>.Refused("both ends of a period written start/end are days written yyyy-MM-dd");
            }

            return ReportingPeriod.TryCustom(start, end, out ReportingPeriod? custom)
                ? ParseResult<ReportingPeriod>.Of(custom)
                : ParseResult<ReportingPeriod>.Refused(DomainDates.ValidateRange(start, end, "start", "end", "period")?.Message.TrimEnd('.') ?? "its days are not a period");
        }

        if (text.Length < 4 || !AsciiDigits.TryRead(text.AsSpan(0, 4), out int year))
        {
            return ParseResult<ReportingPeriod>.Refused("expected " + Forms);
        }

        if (OutsideYears(year) is { } yearOutside)
        {
            return ParseResult<ReportingPeriod>.Refused(yearOutside);
        }

        ReadOnlySpan<char> rest = text.AsSpan(4);
        if (rest.IsEmpty)
        {
            return ParseResult<ReportingPeriod>.Of(ReportingPeriod.CalendarYear(year));
        }

        if (rest.StartsWith("-Q", StringComparison.Ordinal))
        {
            return rest.Length == 3 && rest[2] is >= '1' and <= '4'
                ? ParseResult<ReportingPeriod>.Of(ReportingPeriod.Quarter(year, rest[2] - '0'))
                : ParseResult<ReportingPeriod>.Refused("a quarter is Q1, Q2, Q3 or Q4");
        }

        if (rest.Length == 3 && rest[0] == '-' && AsciiDigits.TryRead(rest[1..], out int month))
        {
            return month is >= 1 and <= 12
                ? ParseResult<ReportingPeriod>.Of(ReportingPeriod.Month(year, month))
                : ParseResult<ReportingPeriod>.Refused("a month is 01..12");
        }

        return ParseResult<ReportingPeriod>.Refused("expected " + Forms);
    }

    private static LocalDate? Day(string text) => IsoDate.Parse(text) is { Success: true } day ? day.Value : null;

    private static string? OutsideYears(int year) =>
        DomainDates.IsDomainYear(year) ? null
        : string.Create(CultureInfo.InvariantCulture, $"the year {year} is outside the domain's years {DomainCalendar.MinYear}..{DomainCalendar.MaxYear}");
}
