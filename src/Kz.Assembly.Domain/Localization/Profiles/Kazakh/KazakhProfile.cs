using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// Kazakh in Cyrillic script. Numbers are the library's own words (<see cref="KazakhNumber"/>); a qualifier governs a
/// case (жуық and дейін the dative, аса the ablative) whose ending follows the vowel harmony of the spoken number
/// (<see cref="KazakhGrammar"/>); nouns after numbers stay singular.
/// </summary>
internal class KazakhProfile : LanguageProfile
{
    internal static readonly string[] Months =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    /// <summary>The qualifier lexicon: жуық (about) and дейін (up to) govern the dative, аса and астам (more than) the
    /// ablative; кемінде (at least) stands before the number.</summary>
    // The numbers whose words reports write (1–9, the tens, 100); larger ones they write in digits.
    private static readonly long[] WordNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

    private static readonly QualifierWord[] Qualifiers =
    [
        new("жуық", CountQualifier.About, Before: false, Written: true, KazakhCase.Dative),
        new("шамасында", CountQualifier.About, Before: false, Written: false),
        new("шамамен", CountQualifier.About, Before: true, Written: false),
        new("мөлшерінде", CountQualifier.About, Before: false, Written: false),
        new("шақты", CountQualifier.About, Before: false, Written: false),
        new("таяу", CountQualifier.About, Before: false, Written: false, KazakhCase.Dative),
        new("тарта", CountQualifier.About, Before: false, Written: false, KazakhCase.Dative),
        new("төңірегінде", CountQualifier.About, Before: false, Written: false),
        new("кем", CountQualifier.UpTo, Before: false, Written: false, KazakhCase.Ablative),
        new("көп", CountQualifier.MoreThan, Before: false, Written: false, KazakhCase.Ablative),
        new("кем дегенде", CountQualifier.AtLeast, Before: true, Written: false),
        new("кем емес", CountQualifier.AtLeast, Before: false, Written: false, KazakhCase.Ablative),
        new("аса", CountQualifier.MoreThan, Before: false, Written: true, KazakhCase.Ablative),
        new("астам", CountQualifier.MoreThan, Before: false, Written: false, KazakhCase.Ablative),
        new("артық", CountQualifier.MoreThan, Before: false, Written: false, KazakhCase.Ablative),
        new("кемінде", CountQualifier.AtLeast, Before: true, Written: true),
        new("дейін", CountQualifier.UpTo, Before: false, Written: true, KazakhCase.Dative),
    ];

    private protected KazakhProfile(string tag, string? fallbackTag)
        : base(tag, fallbackTag)
    {
    }

    private KazakhProfile()
        : this("kk", fallbackTag: null)
    {
    }

    /// <summary>Gets the profile.</summary>
    internal static KazakhProfile Instance { get; } = new();

    /// <inheritdoc/>
    protected internal override IReadOnlyList<QualifierWord> QualifierWords => Qualifiers;

    /// <inheritdoc/>
    protected internal override ReadingVocabulary ReadingWords => KazakhReadingWords.Vocabulary;

    protected internal override IReadOnlyList<ScaleStem> ScaleWords { get; } = [new("миллиард", 1_000_000_000), new("миллион", 1_000_000), new("млн", 1_000_000), new("мың", 1_000)];

    /// <inheritdoc/>
    protected internal override char DecimalPoint => ',';

    /// <summary>
    /// The words the profile writes for 1–9, the tens and 100 (жүз), and their dative and ablative, the cases the
    /// qualifiers govern («жүзден астам», «онға жуық»); larger numbers are read as digits.
    /// </summary>
    protected internal override IReadOnlyDictionary<string, long> NumberWordsRead { get; } = WordsOf(
        WordNumbers,
        KazakhNumber.ToWords,
        [.. WordNumbers.SelectMany(n => new[]
        {
            (KazakhGrammar.Inflect(KazakhNumber.ToWords(n), KazakhCase.Dative), n),
            (KazakhGrammar.Inflect(KazakhNumber.ToWords(n), KazakhCase.Ablative), n),
        })]);

    /// <inheritdoc/>
    public override string Text(LocalizedText text) => Preconditions.CheckNotNull(text, nameof(text)).Kazakh;

    /// <summary>Kazakh's text is stored, and <c>kk-Latn</c> writes the same words in Latin letters: always its own.</summary>
    /// <param name="text">The stored text.</param>
    /// <returns>True.</returns>
    public override bool HasOwnText(LocalizedText text) => Preconditions.CheckNotNull(text, nameof(text)) is not null;

    /// <inheritdoc/>
    public override NounForms Noun(LocalizedNoun noun) => Preconditions.CheckNotNull(noun, nameof(noun)).Kazakh;

    /// <inheritdoc/>
    public override PluralCategory Cardinal(decimal number) => Math.Abs(number) == 1 ? PluralCategory.One : PluralCategory.Other;

    /// <summary>
    /// <c>many</c> means "back-vowel suffix" (-шы) and is computed from the spoken last word, not CLDR's n % 10 rule
    /// (see <see cref="PluralRules"/>'s remarks: елу, жетпіс, сексен, жүз are front words, so 50-ші).
    /// </summary>
    /// <inheritdoc/>
    public override PluralCategory Ordinal(long number) =>
        number != 0 && KazakhPhonology.IsBack(KazakhNumber.LastWord(number)) ? PluralCategory.Many : PluralCategory.Other;

    /// <inheritdoc/>
    public override string NumberWords(long number, GrammaticalGender gender) => KazakhNumber.ToWords(number);

    /// <inheritdoc/>
    public override string OrdinalWords(int number, GrammaticalGender gender) => KazakhNumber.ToOrdinalWords(number);

    /// <inheritdoc/>
    public override string OrdinalDigits(int number, GrammaticalGender gender) => KazakhNumber.ToOrdinalDigits(number, KazakhOrdinalStyle.Official);

    /// <inheritdoc/>
    public override string Digits(long value) => DigitGroups.SpaceFromFiveDigits(value);

    /// <inheritdoc/>
    public override string MonthName(int month) => Months[month - 1];

    /// <inheritdoc/>
    public override string FullDate(LocalDate day) => Invariant($"{day.Year} жылғы {day.Day} {Months[day.Month - 1]}");

    /// <inheritdoc/>
    public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style)
    {
        NumberScale? scale = NumberScale.For(count.Value, style);
        string Number(KazakhCase grammaticalCase) => scale is { } s
            ? Invariant($"{s.Number(Digits(s.Whole), DecimalPoint)} {KazakhGrammar.Inflect(ScaleWord(s.Divisor), grammaticalCase)}")
            : KazakhNumber.Inflect(count.Value, Digits(count.Value), grammaticalCase);

        string text = QualifierWord.WrittenFor(Qualifiers, count.Qualifier) is { } word
            ? word.Around(Number(word.Governs))
            : Number(KazakhCase.Nominative);

        // A noun after a number stays singular in Kazakh: 631 іс-шара, 39 мыңға жуық адам.
        return noun is null ? text : text + " " + Noun(noun).One;
    }

    /// <inheritdoc/>
    public override string Period(ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        int year = period.Year;
        return period.Kind switch
        {
            ReportingPeriodKind.YearToDate => "Жыл басынан бері",
            ReportingPeriodKind.CalendarYear => Invariant($"{year} жылы"),
            ReportingPeriodKind.Quarter => Invariant($"{year} жылғы {RomanNumeral.ToRoman(period.QuarterOfYear)} тоқсанда"),
            ReportingPeriodKind.Month => Invariant($"{year} жылғы {KazakhGrammar.Inflect(MonthName(period.Start.Month), KazakhCase.Locative)}"),
            _ => Invariant($"{FullDate(period.Start)} мен {FullDate(period.End)} аралығында"),
        };
    }

    /// <inheritdoc/>
    public override string Session(SessionNumber number, bool possessive) => number + (possessive ? " сессиясы" : " сессия");

    /// <summary>The body's name in the genitive, then the possessive: <c>… Ассамблеясының XXVII сессиясы</c>.</summary>
    /// <inheritdoc/>
    public override string SessionHeading(Session session) =>
        KazakhGrammar.Inflect(Text(session.Body.Name), KazakhCase.Genitive) + " " + Session(session.Number, possessive: true);

    /// <summary>The body's name in the genitive, then the years with the possessive: <c>Қазақстан халқы
    /// Ассамблеясының 30 жылдығы</c>.</summary>
    /// <inheritdoc/>
    public override string Anniversary(Bodies.Anniversary anniversary) =>
        KazakhGrammar.Inflect(Text(anniversary.Body.Name), KazakhCase.Genitive) + " " + Invariant($"{anniversary.Years} жылдығы");

    /// <summary>
    /// The article's own sentence: <c>Жыл басынан бері 631 іс-шара мен 49 қайырымдылық акциясы өткізіліп, 39 мыңға
    /// жуық адам қамтылды.</c> The last joiner (мен/пен/бен) follows the sound the item before it ends with.
    /// </summary>
    /// <inheritdoc/>
    public override string NothingReported(ReportingPeriod period) => $"{Period(period)} іс-шаралар туралы мәлімет берілмеген.";

    /// <inheritdoc/>
    public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style)
    {
        IReadOnlyList<string> items = CountedTallies(summary, style);

        string opening = opensPeriod ? Period(summary.Period) : "Сонымен қатар";
        string list = JoinList(items, ", ", last => " " + KazakhGrammar.Conjunction(last) + " ");
        if (summary.PeopleReached is not { } reached)
        {
            return $"{opening} {list} өткізілді.";
        }

        string people = Count(reached, DomainText.Noun(summary.Audience), style);
        return summary.Audience == Audience.Residents
            ? $"{opening} {list} өткізіліп, оған {people} қатысты."
            : $"{opening} {list} өткізіліп, {people} қамтылды.";
    }

    private static string ScaleWord(long divisor) => divisor switch
    {
        NumberScale.Billion => "миллиард",
        NumberScale.Million => "миллион",
        _ => "мың",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
