using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
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
    /// <summary>
    /// Renders what the body reported for the period: every summary it reported for exactly the period, one sentence
    /// each, in order; where it reported none, one sentence counting its individual activities dated within the period
    /// (people reached summed over those that state attendance, "at least" that when some do not); where there is
    /// neither, a sentence saying that nothing was reported. Never an empty string.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="body">The reporting body.</param>
    /// <param name="period">The period.</param>
    /// <param name="cultureName">A culture name, resolved by <see cref="LanguageProfiles.Resolve(string?)"/>.</param>
    /// <param name="style">When whole thousands take the word for thousand.</param>
    /// <returns>The sentences separated by single spaces.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">The activities' attendance sums past 64 bits.</exception>
    public static string Render(AssemblyDataSet data, AssemblyBody body, ReportingPeriod period, string? cultureName, ThousandsStyle style = ThousandsStyle.Auto)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckNotNull(period, nameof(period));
        ImmutableArray<ReportedSummary> summaries = data.SummariesOf(body, period);
        if (summaries.IsEmpty)
        {
            return FromActivities(data, body, period) is { } counted
                ? Sentence(counted, cultureName, opensPeriod: true, style)
                : LanguageProfiles.Write(cultureName, period, static (language, p) => language.NothingReported(p));
        }

        var text = new StringBuilder();
        bool first = true;
        foreach (ReportedSummary summary in summaries)
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

    /// <summary>The body's activities within the period as one summary of exact counts by kind, or null when it held none.</summary>
    private static ReportedSummary? FromActivities(AssemblyDataSet data, AssemblyBody body, ReportingPeriod period)
    {
        var byKind = new SortedDictionary<AssemblyActivityKind, long>();
        QualifiedCount? people = null;
        bool someUnknown = false;
        Place? place = null;
        foreach (AssemblyActivity activity in data.ActivitiesOf(body))
        {
            if (!period.Interval.Contains(activity.Date))
            {
                continue;
            }

            byKind[activity.Kind] = byKind.GetValueOrDefault(activity.Kind) + 1;
            place ??= activity.Place;
            if (activity.Participants is { } attended)
            {
                people = (people ?? QualifiedCount.Zero) + attended;
            }
            else
            {
                someUnknown = true;
            }
        }

        if (place is null)
        {
            return null;
        }

        // The report covers the body, not the first activity's village: the whole region where the body has one.
        Place reported = body.Region is { } region ? Place.WholeRegion(region) : place;
        QualifiedCount? reached = someUnknown ? people?.PlusUnknown() : people;
        return ReportedSummary.Create(body, reported, period, byKind.Select(k => new ActivityTally(k.Key, QualifiedCount.Exactly(k.Value))), reached);
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
        return LanguageProfiles.Write(cultureName, (summary, opensPeriod, style), static (language, a) => language.Summary(a.summary, a.opensPeriod, a.style));
    }
}
