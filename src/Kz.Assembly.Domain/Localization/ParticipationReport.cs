using System;
using System.Collections.Generic;
using System.Text;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Text;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Renders the reported summaries of a body for a period as prose in Kazakh, Russian or English. From the sample data
/// set the Kazakh year-to-date sentence is the source article's own:
/// <c>Жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға жуық адам қамтылды.</c>
/// </summary>
public static class ParticipationReport
{
    /// <summary>Renders every summary the body reported for exactly the period, one sentence each, in order.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="body">The reporting body.</param>
    /// <param name="period">The period.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>The sentences separated by single spaces; empty when nothing was reported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(AssemblyDataSet data, AssemblyBody body, ReportingPeriod period, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        var text = new StringBuilder();
        bool first = true;
        foreach (ReportedSummary summary in data.SummariesOf(body, period))
        {
            if (!first)
            {
                text.Append(' ');
            }

            text.Append(Sentence(summary, cultureName, first, style));
            first = false;
        }

        return text.ToString();
    }

    /// <summary>Renders one summary as a sentence.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="cultureName">kk, ru or en (others get English).</param>
    /// <param name="opensPeriod">True to open with the period (<c>Жыл басынан бері</c>); false to continue one
    /// (<c>Сонымен қатар</c> / <c>Кроме того,</c> / <c>In addition,</c>).</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string Sentence(ReportedSummary summary, string? cultureName, bool opensPeriod = true, ThousandsStyle style = ThousandsStyle.Auto)
    {
        Preconditions.CheckNotNull(summary, nameof(summary));
        if (Languages.IsKazakhLatin(cultureName))
        {
            return KazakhTransliteration.ToLatin(Sentence(summary, "kk", opensPeriod, style));
        }

        Language language = Languages.FromCultureName(cultureName);
        string culture = language.CultureName();
        var items = new List<string>(summary.Tallies.Length);
        foreach (ActivityTally tally in summary.Tallies)
        {
            items.Add(QuantityText.FormatCounted(tally.Count, DomainText.Noun(tally.Kind), culture, style));
        }

        string opening = opensPeriod
            ? PeriodText.Format(summary.Period, culture)
            : language switch { Language.Kazakh => "Сонымен қатар", Language.Russian => "Кроме того,", _ => "In addition" };
        string? people = summary.PeopleReached is { } reached
            ? QuantityText.FormatCounted(reached, DomainText.Noun(summary.Audience), culture, style)
            : null;

        return language switch
        {
            Language.Kazakh => Kazakh(opening, items, people, summary.Audience),
            Language.Russian => Russian(opening, items, people, summary),
            _ => English(opening, items, people, summary.Audience, IsSingle(summary)),
        };
    }

    private static string Kazakh(string opening, List<string> items, string? people, Audience audience)
    {
        string list = Join(items, ", ", last => " " + KazakhGrammar.Conjunction(last) + " ");
        return people is null
            ? $"{opening} {list} өткізілді."
            : audience == Audience.Residents
                ? $"{opening} {list} өткізіліп, оған {people} қатысты."
                : $"{opening} {list} өткізіліп, {people} қамтылды.";
    }

    /// <summary>
    /// The Russian sentence, with its verb and pronoun agreeing. A numeral subject ending in 1 (not 11) takes the
    /// verb in the singular of its noun's gender (проведена 21 благотворительная акция, проведен 1 случай); other
    /// numbers, and approximate ones (около, более), take the neuter singular (проведено 168 встреч); with several
    /// counts the verb agrees with the first. The pronoun for the meetings is singular only for one exact meeting
    /// (в ней), and «принял участие» agrees with one exact person (1 житель), «приняли» otherwise.
    /// </summary>
    private static string Russian(string opening, List<string> items, string? people, ReportedSummary summary)
    {
        string list = Join(items, ", ", _ => " и ");
        ActivityTally first = summary.Tallies[0];
        NounForms noun = DomainText.Noun(first.Kind).In(Language.Russian);
        bool singular = IsSingularSubject(first.Count);
        string held = singular ? Participle(noun.Gender, "проведен", "проведена", "проведено") : "проведено";
        if (people is null)
        {
            return $"{opening} {held} {list}.";
        }

        NounForms audience = DomainText.Noun(summary.Audience).In(Language.Russian);
        bool onePerson = IsSingularSubject(summary.PeopleReached!.Value);
        if (summary.Audience == Audience.Residents)
        {
            bool oneEvent = summary.Tallies.Length == 1 && first.Count.IsExact && first.Count.Value == 1;
            string pronoun = oneEvent ? Participle(noun.Gender, "в нем", "в ней", "в нем") : "в них";
            return $"{opening} {held} {list}, {pronoun} {(onePerson ? "принял" : "приняли")} участие {people}.";
        }

        string reached = onePerson ? Participle(audience.Gender, "охвачен", "охвачена", "охвачено") : "охвачено";
        return $"{opening} {held} {list}, {reached} {people}.";
    }

    /// <summary>Whether an exact count ends in 1 but not 11, so that a verb agrees with it in the singular.</summary>
    private static bool IsSingularSubject(QualifiedCount count) =>
        count.IsExact && PluralRules.Cardinal("ru", count.Value) == PluralCategory.One;

    private static string Participle(GrammaticalGender? gender, string masculine, string feminine, string neuter) => gender switch
    {
        GrammaticalGender.Masculine => masculine,
        GrammaticalGender.Feminine => feminine,
        _ => neuter,
    };

    private static string English(string opening, List<string> items, string? people, Audience audience, bool single)
    {
        string list = Join(items, ", ", _ => " and ");
        string verb = single ? "was held" : "were held";
        return people is null
            ? $"{opening}, {list} {verb}."
            : audience == Audience.Residents
                ? $"{opening}, {list} {verb}, attended by {people}."
                : $"{opening}, {list} {verb}, reaching {people}.";
    }

    private static bool IsSingle(ReportedSummary summary) =>
        summary.Tallies.Length == 1 && summary.Tallies[0].Count == QualifiedCount.Exactly(1);

    /// <summary>Joins items as "a, b and c", where the last joiner may depend on the item before it (Kazakh мен/пен).</summary>
    private static string Join(List<string> items, string separator, Func<string, string> lastJoiner)
    {
        var text = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == items.Count - 1 ? lastJoiner(items[i - 1]) : separator);
            }

            text.Append(items[i]);
        }

        return text.ToString();
    }
}
