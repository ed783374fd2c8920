using System;
using System.Linq;
using System.Reflection;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Tests.Localization;

/// <summary>Fails when a domain value or a language lacks a concern.</summary>
public class CompletenessTests
{
    private static readonly Type[] DomainEnums = typeof(AssemblyDataSet).Assembly.GetExportedTypes()
        // Query knobs (aggregation) and formatting options are not domain values that reports print.
        .Where(t => t.IsEnum && t.Namespace is not ("Kz.Assembly.Domain.Annotations" or "Kz.Assembly.Domain.Aggregation"))
        .ToArray();

    [Fact]
    public void Every_public_domain_enum_has_text()
    {
        var missing = DomainEnums.Where(t => !DomainText.LocalizedEnums.Contains(t) && t != typeof(PluralCategory) && t != typeof(ThousandsStyle)
            && t != typeof(KazakhOrdinalStyle) && t != typeof(GrammaticalGender)
            && t != typeof(DataSetProblemKind) // a diagnostic for developers, never shown in a report
            && t != typeof(Kz.Assembly.Domain.Reading.MentionKind) // likewise: what the reader could not place, for whoever checks its draft
            && t != typeof(Kz.Assembly.Domain.Localization.Profiles.ReadingCue) // keys of a language's reading words, for a profile's author
            && t != typeof(Kz.Assembly.Domain.Localization.Profiles.ReadingPhrase)
            && t != typeof(Kz.Assembly.Domain.Localization.Profiles.FinalSound)) // a grammar table's key, for a profile's author
            .Select(t => t.FullName);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_member_of_every_localized_enum_has_distinct_text_in_all_three_languages()
    {
        foreach (Type type in DomainText.LocalizedEnums)
        {
            var texts = Enum.GetValues(type).Cast<object>()
                .Select(value => (LocalizedText)typeof(DomainText).GetMethod(nameof(DomainText.Of))!.MakeGenericMethod(type).Invoke(null, [value])!)
                .ToArray();
            foreach (Language language in Enum.GetValues<Language>())
            {
                var inLanguage = texts.Select(t => t.In(language)).ToArray();
                Assert.Equal(inLanguage.Length, inLanguage.Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Fact]
    public void A_text_belongs_to_its_member_by_name_and_a_value_without_one_is_refused_not_given_a_neighbours()
    {
        // Texts are keyed by member: the member's own words, whatever its position in the enum.
        Assert.Equal("charity action", DomainText.Of(AssemblyActivityKind.CharityAction).English);
        Assert.Equal("около", DomainText.Of(CountQualifier.About).Russian);
        Assert.Equal("аудандық", DomainText.Of(Kz.Assembly.Domain.Bodies.AssemblyLevel.District).Kazakh);

        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => DomainText.Of((CountQualifier)5));
        Assert.Contains("5 is not a defined CountQualifier", undefined.Message, StringComparison.Ordinal);
        var unlocalized = Assert.Throws<ArgumentOutOfRangeException>(() => DomainText.Of(DayOfWeek.Monday));
        Assert.Contains("DayOfWeek has no localized text", unlocalized.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_activity_kind_and_audience_has_a_noun()
    {
        foreach (AssemblyActivityKind kind in Enum.GetValues<AssemblyActivityKind>())
        {
            Assert.NotNull(DomainText.Noun(kind));
        }

        foreach (Audience audience in Enum.GetValues<Audience>())
        {
            Assert.NotNull(DomainText.Noun(audience));
        }
    }
}
