using System;
using Kz.Assembly.Domain.Localization;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>DomainFormatProvider formats NodaTime values too: NodaTime itself refuses any provider but a culture.</summary>
public sealed class NodaTimeFormattingTests
{
    private static readonly LocalDate Day = new(2025, 4, 24);

    [Theory]
    [InlineData("kk", "2025 жылғы 24 сәуір")]
    [InlineData("kk-Latn", "2025 jylğy 24 säuır")]
    [InlineData("ru", "24 апреля 2025 года")]
    [InlineData("en", "24 April 2025")]
    public void A_day_is_written_as_the_library_writes_dates(string culture, string expected)
    {
        DomainFormatProvider provider = DomainFormatProvider.For(culture);
        Assert.Equal(expected, string.Format(provider, "{0}", Day));
        Assert.Equal(expected, string.Create(provider, $"{Day}"));
    }

    [Fact]
    public void Other_NodaTime_values_and_patterns_format_instead_of_throwing()
    {
        DomainFormatProvider provider = DomainFormatProvider.For("kk");
        Assert.Equal("2025-04-24", string.Format(provider, "{0:yyyy-MM-dd}", Day));
        Assert.Equal("2025-04-24T10:00:00Z", string.Format(provider, "{0:uuuu-MM-dd'T'HH:mm:ss'Z'}", Instant.FromUtc(2025, 4, 24, 10, 0)));
        Assert.NotEmpty(string.Format(provider, "{0}", new LocalDateTime(2025, 4, 24, 10, 0)));
    }

    [Fact]
    public void A_pattern_in_Kazakh_Latin_is_written_in_Latin_letters()
    {
        // The month name comes from the OS's Kazakh data where the machine has it (Cyrillic), else the invariant one.
        string text = string.Format(DomainFormatProvider.For("kk-Latn"), "{0:d MMMM yyyy}", Day);
        Assert.DoesNotContain(text, c => c is >= '\u0400' and <= '\u04FF');
        Assert.StartsWith("24 ", text, StringComparison.Ordinal);
    }
}
