using System;
using System.Collections.Generic;
using System.Globalization;
using Humanizer;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>English, the invariant language: what every unknown culture gets. Number words are Humanizer's.</summary>
internal sealed class EnglishProfile : LanguageProfile
{
    internal static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The qualifier lexicon; the first of each meaning is the one written.</summary>
    private static readonly QualifierWord[] Qualifiers =
    [
        new("about", CountQualifier.About, Before: true, Written: true),
        new("around", CountQualifier.About, Before: true, Written: false),
        new("approximately", CountQualifier.About, Before: true, Written: false),
        new("nearly", CountQualifier.About, Before: true, Written: false),
        new("almost", CountQualifier.About, Before: true, Written: false),
        new("some", CountQualifier.About, Before: true, Written: false),
        new("roughly", CountQualifier.About, Before: true, Written: false),
        new("close to", CountQualifier.About, Before: true, Written: false),
        new("in excess of", CountQualifier.MoreThan, Before: true, Written: false),
        new("upwards of", CountQualifier.MoreThan, Before: true, Written: false),
        new("well over", CountQualifier.MoreThan, Before: true, Written: false),
        new("no fewer than", CountQualifier.AtLeast, Before: true, Written: false),
        new("as many as", CountQualifier.UpTo, Before: true, Written: false),
        new("more than", CountQualifier.MoreThan, Before: true, Written: true),
        new("over", CountQualifier.MoreThan, Before: true, Written: false),
        new("at least", CountQualifier.AtLeast, Before: true, Written: true),
        new("no less than", CountQualifier.AtLeast, Before: true, Written: false),
        new("not less than", CountQualifier.AtLeast, Before: true, Written: false),
        new("less than", CountQualifier.UpTo, Before: true, Written: false),
        new("fewer than", CountQualifier.UpTo, Before: true, Written: false),
        new("under", CountQualifier.UpTo, Before: true, Written: false),
        new("up to", CountQualifier.UpTo, Before: true, Written: true),
        new("or so", CountQualifier.About, Before: false, Written: false),
        new("or more", CountQualifier.AtLeast, Before: false, Written: false),
    ];

    private EnglishProfile()
        : base("en", fallbackTag: null)
    {
    }

    /// <summary>Gets the profile.</summary>
    internal static EnglishProfile Instance { get; } = new();

    /// <inheritdoc/>
    protected internal override IReadOnlyList<QualifierWord> QualifierWords => Qualifiers;

    /// <inheritdoc/>
    protected internal override ReadingVocabulary ReadingWords => EnglishReadingWords.Vocabulary;

    protected internal override IReadOnlyList<ScaleStem> ScaleWords { get; } = [new("billion", 1_000_000_000), new("bln", 1_000_000_000), new("bn", 1_000_000_000), new("million", 1_000_000), new("mln", 1_000_000), new("thousand", 1_000)];

    /// <summary>The words the profile writes for 1–19 and the tens, and «hundred» (Humanizer writes «one hundred»).</summary>
    protected internal override IReadOnlyDictionary<string, long> NumberWordsRead { get; } = WordsOf(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90],
        n => n.ToWords(HumanizerCultures.English),
        ("hundred", 100));

    /// <inheritdoc/>
    public override string Text(LocalizedText text) => Preconditions.CheckNotNull(text, nameof(text)).English;

    /// <inheritdoc/>
    public override NounForms Noun(LocalizedNoun noun) => Preconditions.CheckNotNull(noun, nameof(noun)).English;

    /// <inheritdoc/>
    public override PluralCategory Cardinal(decimal number)
    {
        int visibleFractionDigits = (decimal.GetBits(number)[3] >> 16) & 0xFF;
        return decimal.Truncate(Math.Abs(number)) == 1 && visibleFractionDigits == 0 ? PluralCategory.One : PluralCategory.Other;
    }

    /// <inheritdoc/>
    public override PluralCategory Ordinal(long number) => (KazakhNumber.Magnitude(number) % 10, KazakhNumber.Magnitude(number) % 100) switch
    {
        (1, not 11) => PluralCategory.One,
        (2, not 12) => PluralCategory.Two,
        (3, not 13) => PluralCategory.Few,
        _ => PluralCategory.Other,
    };

    /// <inheritdoc/>
    public override string NumberWords(long number, GrammaticalGender gender) =>
        HumanizerWords.ToWords(number, HumanizerCultures.English, Humanizer.GrammaticalGender.Masculine);

    /// <inheritdoc/>
    public override string OrdinalWords(int number, GrammaticalGender gender) => number.ToOrdinalWords(HumanizerCultures.English);

    /// <inheritdoc/>
    public override string OrdinalDigits(int number, GrammaticalGender gender) => number.Ordinalize(HumanizerCultures.English);

    /// <inheritdoc/>
    public override string Digits(long value) => DigitGroups.Commas(value);

    /// <inheritdoc/>
    public override string MonthName(int month) => Months[month - 1];

    /// <inheritdoc/>
    public override string FullDate(LocalDate day) => Invariant($"{day.Day} {Months[day.Month - 1]} {day.Year}");

    /// <inheritdoc/>
    public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style)
    {
        NumberScale? scale = NumberScale.For(count.Value, style);
        string number = scale is { } s
            ? s.Number(Digits(s.Whole), DecimalPoint) + s.Divisor switch
            {
                NumberScale.Billion => " billion",
                NumberScale.Million => " million",
                _ => " thousand",
            }
            : Digits(count.Value);
        string text = QualifierWord.WrittenFor(Qualifiers, count.Qualifier) is { } word ? word.Around(number) : number;
        if (noun is null)
        {
            return text;
        }

        NounForms forms = Noun(noun);
        return text + " " + (scale is not null || count.Value != 1 ? forms.Many : forms.One);
    }

    /// <inheritdoc/>
    public override string Period(ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        int year = period.Year;
        return period.Kind switch
        {
            ReportingPeriodKind.YearToDate => "Since the start of the year",
            ReportingPeriodKind.CalendarYear => Invariant($"In {year}"),
            ReportingPeriodKind.Quarter => Invariant($"In Q{period.QuarterOfYear} {year}"),
            ReportingPeriodKind.Month => Invariant($"In {MonthName(period.Start.Month)} {year}"),
            _ => Invariant($"From {FullDate(period.Start)} to {FullDate(period.End)}"),
        };
    }

    /// <inheritdoc/>
    public override string Session(SessionNumber number, bool possessive) => OrdinalDigits(number.Value, GrammaticalGender.Neuter) + " session";

    /// <inheritdoc/>
    public override string SessionHeading(Session session) => Session(session.Number, possessive: false) + " of the " + Text(session.Body.Name);

    /// <inheritdoc/>
    public override string Anniversary(Bodies.Anniversary anniversary) =>
        OrdinalDigits(anniversary.Years, GrammaticalGender.Neuter) + " anniversary of the " + Text(anniversary.Body.Name);

    /// <inheritdoc/>
    public override string NothingReported(ReportingPeriod period) => $"{Period(period)}, no activities were reported.";

    /// <inheritdoc/>
    public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style)
    {
        IReadOnlyList<string> items = CountedTallies(summary, style);

        string opening = opensPeriod ? Period(summary.Period) : "In addition";
        string list = JoinList(items, ", ", _ => " and ");
        bool single = summary.Tallies.Length == 1 && summary.Tallies[0].Count == QualifiedCount.Exactly(1);
        string verb = single ? "was held" : "were held";
        if (summary.PeopleReached is not { } reached)
        {
            return $"{opening}, {list} {verb}.";
        }

        string people = Count(reached, DomainText.Noun(summary.Audience), style);
        return summary.Audience == Audience.Residents
            ? $"{opening}, {list} {verb}, attended by {people}."
            : $"{opening}, {list} {verb}, reaching {people}.";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
