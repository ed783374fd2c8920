using System;
using CsCheck;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Tests.Support;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Kyrgyz;

/// <summary>
/// A language registered from outside the package is written and read with its own words: counts in Kyrgyz come back
/// from <see cref="QuantityPhrase"/> as the counts they were, and <see cref="DomainText"/> writes a qualifier as the
/// Kyrgyz profile does, not in the Russian it falls back to.
/// </summary>
public class KyrgyzLanguageTests
{
    private static readonly LanguageProfile Kyrgyz = KyrgyzProfile.Registered;

    [Fact]
    public void The_profile_registered_from_outside_answers_for_kyrgyz_culture_names()
    {
        Assert.Same(Kyrgyz, LanguageProfiles.Resolve("ky"));
        Assert.Same(Kyrgyz, LanguageProfiles.Resolve("ky-KG"));
    }

    [Theory]
    [InlineData(CountQualifier.About, 39_000, "39 миңге жакын")]
    [InlineData(CountQualifier.MoreThan, 2_000, "2 миңден ашык")]
    [InlineData(CountQualifier.AtLeast, 5, "кеминде 5")]
    [InlineData(CountQualifier.UpTo, 100, "100-гө чейин")]
    [InlineData(CountQualifier.About, 9_500, "9 500-гө жакын")]
    [InlineData(CountQualifier.MoreThan, 5, "5-тен ашык")]
    [InlineData(CountQualifier.About, 40, "40-ка жакын")]
    [InlineData(CountQualifier.About, 30, "30-га жакын")] // отуз: a low vowel after у is а
    [InlineData(CountQualifier.About, 9, "9-га жакын")] // тогуз
    [InlineData(CountQualifier.About, 10, "10-го жакын")] // он: о only after о
    [InlineData(CountQualifier.MoreThan, 2_000_000, "2 миллиондон ашык")]
    public void Counts_are_written_with_kyrgyz_qualifiers_and_four_way_harmony_and_read_back(CountQualifier qualifier, long value, string text)
    {
        QualifiedCount count = QualifiedCount.Create(value, qualifier);
        Assert.Equal(text, QuantityText.Format(count, "ky"));
        Assert.Equal(count, QuantityPhrase.Parse(text, "ky"));
    }

    [Fact]
    public void Every_count_written_in_kyrgyz_in_any_style_reads_back_as_itself() =>
        Gen.Select(Generators.Count, Gen.Enum<ThousandsStyle>()).Sample((count, style) =>
        {
            string text = QuantityText.Format(count, "ky", style);
            Assert.True(QuantityPhrase.TryParse(text, "ky", out QualifiedCount read), $"«{text}» was not read");
            Assert.Equal(count, read);
        }, iter: 2000);

    [Theory]
    [InlineData(CountQualifier.About, "жакын")]
    [InlineData(CountQualifier.MoreThan, "ашык")]
    [InlineData(CountQualifier.AtLeast, "кеминде")]
    [InlineData(CountQualifier.UpTo, "чейин")]
    public void A_qualifier_is_written_in_the_profiles_own_word_not_in_its_fallbacks(CountQualifier qualifier, string word)
    {
        Assert.Equal(word, DomainText.Format(qualifier, "ky"));
        Assert.NotEqual(DomainText.Format(qualifier, "ru"), DomainText.Format(qualifier, "ky"));
    }

    [Theory]
    [InlineData(1, "биринчи")]
    [InlineData(2, "экинчи")]
    [InlineData(3, "үчүнчү")]
    [InlineData(4, "төртүнчү")]
    [InlineData(6, "алтынчы")]
    [InlineData(9, "тогузунчу")]
    [InlineData(10, "онунчу")]
    [InlineData(20, "жыйырманчы")]
    [InlineData(40, "кыркынчы")]
    [InlineData(50, "элүүнчү")]
    [InlineData(100, "жүзүнчү")]
    [InlineData(34, "отуз төртүнчү")]
    public void Ordinals_take_the_suffix_of_four_way_harmony(int number, string ordinal) =>
        Assert.Equal(ordinal, Kyrgyz.OrdinalWords(number, GrammaticalGender.Neuter));
}
