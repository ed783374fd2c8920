using System;
using System.Text;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// Renders the reported summaries of a body for a period as prose in any registered language. From the sample data
/// set the Kazakh year-to-date sentence is the source article's own:
/// <c>Жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға жуық адам қамтылды.</c>
/// </summary>
public static class ParticipationReport
{
    /// <summary>Renders every summary the body reported for exactly the period, one sentence each, in order.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="body">The reporting body.</param>
    /// <param name="period">The period.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
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
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="opensPeriod">True to open with the period (<c>Жыл басынан бері</c>); false to continue one
    /// (<c>Сонымен қатар</c> / <c>Кроме того,</c> / <c>In addition,</c>).</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static string Sentence(ReportedSummary summary, string? cultureName, bool opensPeriod = true, ThousandsStyle style = ThousandsStyle.Auto)
    {
        Preconditions.CheckNotNull(summary, nameof(summary));
        LanguageProfile language = LanguageProfiles.Resolve(cultureName);
        return language.InScript(language.Summary(summary, opensPeriod, style));
    }
}
