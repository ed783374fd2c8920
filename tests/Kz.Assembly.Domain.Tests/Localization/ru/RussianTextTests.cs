using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Ru;

public class RussianTextTests
{
    [Theory]
    [InlineData(631L, AssemblyActivityKind.Event, "631 мероприятие")]
    [InlineData(49L, AssemblyActivityKind.CharityAction, "49 благотворительных акций")]
    [InlineData(168L, AssemblyActivityKind.OutreachMeeting, "168 информационно-разъяснительных встреч")]
    [InlineData(2L, AssemblyActivityKind.CharityAction, "2 благотворительные акции")]
    [InlineData(21L, AssemblyActivityKind.Event, "21 мероприятие")]
    [InlineData(11L, AssemblyActivityKind.Event, "11 мероприятий")]
    [InlineData(3L, AssemblyActivityKind.Event, "3 мероприятия")]
    public void Nouns_agree_with_exact_counts(long count, AssemblyActivityKind kind, string expected) =>
        Assert.Equal(expected, QuantityText.FormatCounted(QualifiedCount.Exactly(count), DomainText.Noun(kind), "ru"));

    [Theory]
    [InlineData(39_000L, CountQualifier.About, "около 39 тысяч человек")]
    [InlineData(2_000L, CountQualifier.MoreThan, "более 2000 человек")]
    [InlineData(21_000L, CountQualifier.About, "около 21 тысячи человек")]
    [InlineData(21L, CountQualifier.About, "около 21 человека")]
    [InlineData(9_000L, CountQualifier.About, "около 9000 человек")]
    public void Prepositions_govern_the_genitive(long count, CountQualifier qualifier, string expected) =>
        Assert.Equal(expected, QuantityText.FormatCounted(QualifiedCount.Create(count, qualifier), DomainText.Noun(Audience.People), "ru"));

    [Theory]
    [InlineData(2_000L, CountQualifier.MoreThan, "более 2 тысяч")]
    [InlineData(1_000L, CountQualifier.Exact, "1 тысяча")]
    [InlineData(3_000L, CountQualifier.Exact, "3 тысячи")]
    [InlineData(5_000L, CountQualifier.AtLeast, "не менее 5 тысяч")]
    [InlineData(1_000L, CountQualifier.UpTo, "до 1 тысячи")]
    public void Thousands_in_words_agree_too(long count, CountQualifier qualifier, string expected) =>
        Assert.Equal(expected, QuantityText.Format(QualifiedCount.Create(count, qualifier), "ru-RU", ThousandsStyle.Words));

    [Fact]
    public void Dates_use_the_genitive_month() =>
        Assert.Equal("24 апреля 2025 года", DateText.Format(new LocalDate(2025, 4, 24), "ru"));

    [Theory]
    [InlineData(34L, GrammaticalGender.Masculine, "тридцать четыре")]
    [InlineData(1L, GrammaticalGender.Feminine, "одна")]
    [InlineData(1L, GrammaticalGender.Neuter, "одно")]
    public void Number_words_come_from_Humanizer_with_gender(long number, GrammaticalGender gender, string expected) =>
        Assert.Equal(expected, NumberWords.ToWords(number, "ru", gender));

    // Humanizer writes е for ё (четвертая), which Russian spelling allows; the gender agreement is what matters here.
    [Fact]
    public void Ordinal_words_agree_in_gender() =>
        Assert.Equal("тридцать четвертая", NumberWords.ToOrdinalWords(34, "ru", GrammaticalGender.Feminine));
}
