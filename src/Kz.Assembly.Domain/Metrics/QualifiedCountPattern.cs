using System;
using System.Globalization;

namespace Kz.Assembly.Domain.Metrics;

/// <summary>
/// The invariant text of a qualified count, both ways, in one place: digits with an optional prefix for the qualifier
/// (<c>39000</c>, <c>~39000</c>, <c>&gt;2000</c>, <c>&gt;=5</c>, <c>&lt;=100</c>). <see cref="QualifiedCount.ToString()"/>,
/// <c>Parse</c>, <c>TryParse</c>, JSON and the EF Core converter all go through it; a refused text comes back with
/// the reason.
/// </summary>
internal static class QualifiedCountPattern
{
    internal const string What = "a qualified count";

    internal static string Format(QualifiedCount count) => Prefix(count.Qualifier) + count.Value.ToString(CultureInfo.InvariantCulture);

    internal static ParseResult<QualifiedCount> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<QualifiedCount>.Refused("it is empty");
        }

        ReadOnlySpan<char> span = text.AsSpan();
        CountQualifier qualifier = span.StartsWith(">=", StringComparison.Ordinal) ? CountQualifier.AtLeast
            : span.StartsWith("<=", StringComparison.Ordinal) ? CountQualifier.UpTo
            : span[0] == '>' ? CountQualifier.MoreThan
            : span[0] == '~' ? CountQualifier.About
            : CountQualifier.Exact;
        int prefix = Prefix(qualifier).Length;
        span = span[prefix..];
        if (span.IsEmpty)
        {
            return ParseResult<QualifiedCount>.Refused($"no digits follow the qualifier «{text}»");
        }

        long value = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c is < '0' or > '9')
            {
                return ParseResult<QualifiedCount>.Refused(string.Create(CultureInfo.InvariantCulture,
                    $"'{c}' at position {prefix + i} is not a digit (a count is digits after an optional ~, >, >= or <=, such as ~39000)"));
            }

            if (value > (long.MaxValue - (c - '0')) / 10)
            {
                return ParseResult<QualifiedCount>.Refused(string.Create(CultureInfo.InvariantCulture, $"it is larger than {long.MaxValue}"));
            }

            value = (value * 10) + (c - '0');
        }

        return span.Length > 1 && span[0] == '0'
            ? ParseResult<QualifiedCount>.Refused("a count is written without leading zeros")
            : ParseResult<QualifiedCount>.Of(QualifiedCount.Create(value, qualifier));
    }

    private static string Prefix(CountQualifier qualifier) => qualifier switch
    {
        CountQualifier.About => "~",
        CountQualifier.MoreThan => ">",
        CountQualifier.AtLeast => ">=",
        CountQualifier.UpTo => "<=",
        _ => string.Empty,
    };
}
