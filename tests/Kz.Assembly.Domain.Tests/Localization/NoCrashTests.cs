using System;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>No formatter crashes on any input of its type: each case here once killed the process or threw a bare
/// runtime exception.</summary>
public class NoCrashTests
{
    [Theory]
    [InlineData("en", "minus nine quintillion", "eight hundred and eight")]
    [InlineData("ru", "минус девять квинтиллионов", "восемьсот восемь")]
    public void The_smallest_long_is_written_in_words_instead_of_overflowing_Humanizers_stack(string culture, string start, string end)
    {
        string words = NumberWords.ToWords(long.MinValue, culture);
        Assert.StartsWith(start, words, StringComparison.Ordinal);
        Assert.EndsWith(end, words, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_words_never_throw_over_the_whole_range() =>
        Gen.Frequency((4, Gen.Long), (1, Gen.Long[long.MinValue, long.MinValue + 2000]), (1, Gen.Long[-2000, 2000])).Sample(number =>
        {
            foreach (string culture in new[] { "kk", "ru", "en" })
            {
                Assert.False(string.IsNullOrWhiteSpace(NumberWords.ToWords(number, culture)));
            }
        });

    [Fact]
    public void Digits_of_the_smallest_long_are_grouped_not_an_overflow()
    {
        Assert.Equal("-9\u00A0223\u00A0372\u00A0036\u00A0854\u00A0775\u00A0808", QuantityText.Digits(long.MinValue, "kk"));
        Assert.Equal("-9,223,372,036,854,775,808", QuantityText.Digits(long.MinValue, "en"));
        Assert.Equal("-9999", QuantityText.Digits(-9999, "ru"));
    }

    [Fact]
    public void Dates_of_other_calendars_are_rejected_not_misread() =>
        Generators.NonIsoDate.Sample(date =>
        {
            foreach (string culture in new[] { "kk", "ru", "en" })
            {
                var exception = Assert.ThrowsAny<ArgumentException>(() => DateText.Format(date, culture));
                Assert.Contains("WithCalendar(CalendarSystem.Iso)", exception.Message, StringComparison.Ordinal);
            }

            Assert.ThrowsAny<ArgumentException>(() => DateText.FormatKazakh(date, KazakhCase.Locative));
            Assert.Contains(" жылғы ", DateText.Format(date.WithCalendar(CalendarSystem.Iso), "kk"), StringComparison.Ordinal);
        });
}
