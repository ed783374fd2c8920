using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The checks the library runs on its own languages, for the author of a profile to run on theirs (in a unit test:
/// <c>Assert.Empty(LanguageProfileChecks.Problems(profile))</c>). Each problem names the concern, the input and what
/// was wrong. The profile must be registered, since the formatters and <see cref="QuantityPhrase"/> resolve it by tag.
/// </summary>
public static class LanguageProfileChecks
{
    private static readonly long[] Counts = [0, 1, 2, 5, 21, 40, 100, 9_000, 9_500, 39_000, 1_200_000, 2_000_000_000];

    private static readonly long[] Numbers = [0, 1, 2, 11, 21, 100, 101, 999, 1_000, 1_001, 123_456, 1_000_000, 2_000_000_000, long.MaxValue, -1, long.MinValue];

    private static readonly int[] Ordinals = [1, 2, 3, 10, 27, 34, 100, int.MaxValue];

    private static readonly int[] SessionNumbers = [1, 27, 34];

    /// <summary>Every problem of <see cref="WritingProblems"/>, <see cref="ReadingProblems"/> and <see cref="ReportProblems"/>.</summary>
    /// <param name="profile">A registered profile.</param>
    /// <returns>The problems; empty when the profile passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile is not the one registered under its tag.</exception>
    public static IReadOnlyList<string> Problems(LanguageProfile profile) => [.. WritingProblems(profile), .. ReadingProblems(profile), .. ReportProblems(profile)];

    /// <summary>
    /// What every language must write: twelve distinct month names; five distinct qualified counts in every number
    /// style; number words for the whole <see cref="long"/> range, distinct for distinct numbers; ordinals; five
    /// distinct period phrases; distinct session numbers; none of them empty or throwing.
    /// </summary>
    /// <param name="profile">A registered profile.</param>
    /// <returns>The problems; empty when the profile passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile is not the one registered under its tag.</exception>
    public static IReadOnlyList<string> WritingProblems(LanguageProfile profile)
    {
        CheckRegistered(profile);
        var problems = new List<string>();
        Distinct(problems, "month names", Enumerable.Range(1, 12).Select(month => (Invariant($"month {month}"), (Func<string>)(() => profile.MonthName(month)))));
        foreach (long value in Counts)
        {
            foreach (ThousandsStyle style in Enum.GetValues<ThousandsStyle>())
            {
                Distinct(problems, Invariant($"qualified counts of {value} ({style})"), Enum.GetValues<CountQualifier>()
                    .Select(qualifier => (qualifier.ToString(), (Func<string>)(() => profile.Count(QualifiedCount.Create(value, qualifier), null, style)))));
            }
        }

        Distinct(problems, "number words", Numbers.Select(n => (n.ToString(CultureInfo.InvariantCulture), (Func<string>)(() => profile.NumberWords(n, GrammaticalGender.Masculine)))));
        Distinct(problems, "digits", Numbers.Select(n => (n.ToString(CultureInfo.InvariantCulture), (Func<string>)(() => profile.Digits(n)))));
        Distinct(problems, "ordinal words", Ordinals.Select(n => (n.ToString(CultureInfo.InvariantCulture), (Func<string>)(() => profile.OrdinalWords(n, GrammaticalGender.Feminine)))));
        LocalDate day = new(2025, 4, 24);
        ReportingPeriod[] periods =
        [
            ReportingPeriod.YearToDate(day), ReportingPeriod.CalendarYear(2025), ReportingPeriod.Quarter(2025, 2),
            ReportingPeriod.Month(2025, 4), ReportingPeriod.Custom(day.PlusDays(-9), day),
        ];
        Distinct(problems, "periods", periods.Select(period => (period.ToString(), (Func<string>)(() => profile.Period(period)))));
        Distinct(problems, "session numbers", SessionNumbers.Select(n => (n.ToString(CultureInfo.InvariantCulture), (Func<string>)(() => profile.Session(SessionNumber.Create(n), possessive: false)))));
        Distinct(problems, "dates", new[] { day, day.PlusDays(1), day.PlusYears(-30) }.Select(d => (d.ToString(), (Func<string>)(() => profile.FullDate(d)))));
        return problems;
    }

    /// <summary>
    /// What a language must read back: every qualified count the profile writes, in every number style, read by
    /// <see cref="QuantityPhrase"/> in the profile's language as the count it was. A profile that declares no
    /// <see cref="LanguageProfile.QualifierWords"/> and <see cref="LanguageProfile.ScaleWords"/> of its own fails here
    /// wherever its words are not the built-in languages'.
    /// </summary>
    /// <param name="profile">A registered profile.</param>
    /// <returns>The problems; empty when the profile passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile is not the one registered under its tag.</exception>
    public static IReadOnlyList<string> ReadingProblems(LanguageProfile profile)
    {
        CheckRegistered(profile);
        var problems = new List<string>();
        foreach (long value in Counts)
        {
            foreach (CountQualifier qualifier in Enum.GetValues<CountQualifier>())
            {
                foreach (ThousandsStyle style in Enum.GetValues<ThousandsStyle>())
                {
                    QualifiedCount count = QualifiedCount.Create(value, qualifier);
                    string text = QuantityText.Format(count, profile.Tag, style);
                    if (!QuantityPhrase.TryParse(text, profile.Tag, out QualifiedCount read))
                    {
                        problems.Add($"count {count} ({style}): «{text}» is not read back");
                    }
                    else if (read != count)
                    {
                        problems.Add($"count {count} ({style}): «{text}» is read back as {read}");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// What a language that lists its <see cref="LanguageProfile.ReadingWords"/> must read back: reports its profile
    /// writes (a regional assembly's name over <see cref="ParticipationReport.Render"/>) for summaries of every
    /// qualifier, several kinds, both audiences and four kinds of period, read by <c>ReportReader</c> in the language as
    /// the figures they were. Empty for a language that lists no reading words (it is not read).
    /// </summary>
    /// <param name="profile">A registered profile.</param>
    /// <returns>The problems; empty when the profile passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile is not the one registered under its tag.</exception>
    public static IReadOnlyList<string> ReportProblems(LanguageProfile profile)
    {
        CheckRegistered(profile);
        var problems = new List<string>();
        if (profile.ReadingWords is not { IsEmpty: false })
        {
            return problems;
        }

        Geography.Region region = Geography.Region.FromCode("KZ-61");
        var body = Bodies.AssemblyBody.Regional(region, DomainCalendar.ApkFoundingDate);
        LocalDate day = new(2025, 4, 24);
        (ReportingPeriod Period, LocalDate Published, ActivityTally[] Tallies, QualifiedCount? Reach, Audience Audience)[] samples =
        [
            (ReportingPeriod.YearToDate(day), day, [new(Activities.AssemblyActivityKind.Event, QualifiedCount.MoreThan(450))], QualifiedCount.About(39_000), Audience.People),
            (ReportingPeriod.CalendarYear(2024), new LocalDate(2025, 1, 20), [new(Activities.AssemblyActivityKind.CharityAction, QualifiedCount.Exactly(49)), new(Activities.AssemblyActivityKind.CulturalEvent, QualifiedCount.AtLeast(12))], null, Audience.People),
            (ReportingPeriod.Month(2025, 3), day, [new(Activities.AssemblyActivityKind.OutreachMeeting, QualifiedCount.UpTo(40))], QualifiedCount.Exactly(9_000), Audience.Residents),
            (ReportingPeriod.Quarter(2025, 1), day, [new(Activities.AssemblyActivityKind.EthnomediationCase, QualifiedCount.Exactly(15))], null, Audience.People),
        ];
        foreach ((ReportingPeriod period, LocalDate published, ActivityTally[] tallies, QualifiedCount? reach, Audience audience) in samples)
        {
            ReportedSummary summary = ReportedSummary.Create(body, Geography.Place.WholeRegion(region), period, tallies, reach, audience);
            AssemblyDataSet data = new AssemblyDataSetBuilder().Add(body).Add(summary).Build();
            string written;
            try
            {
                written = body.Name.In(profile.Tag) + "\n" + ParticipationReport.Render(data, body, period, profile.Tag);
            }
#pragma warning disable CA1031 // a profile's exception is a problem to report, whatever its type
            catch (Exception exception)
#pragma warning restore CA1031
            {
                problems.Add($"report of {Figures(summary)}: writing threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            string read = string.Join(" | ", Reading.ReportReader.Read(written, published, profile.Tag).FactsOf<Reading.ReadSummary>().Select(s => Figures(s.Summary)));
            if (read != Figures(summary))
            {
                problems.Add($"report «{written.Replace('\n', ' ')}»: read as «{read}», written from «{Figures(summary)}»");
            }
        }

        return problems;
    }

    private static string Figures(ReportedSummary summary) =>
        $"{summary.Period}: {string.Join(", ", summary.Tallies.OrderBy(t => t.Kind).Select(t => $"{t.Kind} {t.Count}"))}"
        + (summary.PeopleReached is { } reach ? $"; {summary.Audience} {reach}" : "");

    private static void CheckRegistered(LanguageProfile profile)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        if (!LanguageProfiles.TryResolve(profile.Tag, out LanguageProfile? registered) || !ReferenceEquals(registered, profile))
        {
            throw new ArgumentException($"The profile '{profile.Tag}' is not registered: call LanguageProfiles.Register first.", nameof(profile));
        }
    }

    /// <summary>Each answer is text (not empty, not an exception), and no two are the same.</summary>
    private static void Distinct(List<string> problems, string concern, IEnumerable<(string Input, Func<string> Write)> answers)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string input, Func<string> write) in answers)
        {
            string answer;
            try
            {
                answer = write();
            }
#pragma warning disable CA1031 // a profile's exception is a problem to report, whatever its type
            catch (Exception exception)
#pragma warning restore CA1031
            {
                problems.Add($"{concern}: {input} threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(answer))
            {
                problems.Add($"{concern}: {input} is written as nothing");
            }
            else if (seen.TryGetValue(answer, out string? other))
            {
                problems.Add($"{concern}: {input} and {other} are both written «{answer}»");
            }
            else
            {
                seen[answer] = input;
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
