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

/// <summary>
/// Russian. Number words are Humanizer's, agreeing in gender; a counted noun takes the form its number governs (1, 21 …
/// the nominative singular; 2–4 the genitive singular; 5+ the genitive plural) and after около, более, не менее, до
/// the genitive (singular after 1, 21 …: около 21 культурного мероприятия); verbs and pronouns agree with the first
/// counted noun (проведена 21 благотворительная акция, в ней принял участие 1 житель).
/// </summary>
/// <remarks>Sources: Русская грамматика (АН СССР, 1980), the chapters on numeral–noun combinations and on the
/// predicate's agreement with a quantitative subject; D. E. Rosenthal's reference on usage (the tests cite each rule).</remarks>
internal sealed class RussianProfile : LanguageProfile
{
    internal static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    internal static readonly string[] MonthsNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    internal static readonly string[] MonthsPrepositional =
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

    /// <summary>The qualifier lexicon: all stand before the number, which they govern in the genitive (see
    /// <see cref="Count"/>); the first of each meaning is the one written.</summary>
    private static readonly QualifierWord[] Qualifiers =
    [
        new("около", CountQualifier.About, Before: true, Written: true),
        new("примерно", CountQualifier.About, Before: true, Written: false),
        new("почти", CountQualifier.About, Before: true, Written: false),
        new("порядка", CountQualifier.About, Before: true, Written: false),
        new("приблизительно", CountQualifier.About, Before: true, Written: false),
        new("ориентировочно", CountQualifier.About, Before: true, Written: false),
        new("без малого", CountQualifier.About, Before: true, Written: false),
        new("с лишним", CountQualifier.MoreThan, Before: false, Written: false),
        new("и более", CountQualifier.AtLeast, Before: false, Written: false),
        new("не более", CountQualifier.UpTo, Before: true, Written: false),
        new("более", CountQualifier.MoreThan, Before: true, Written: true),
        new("более чем", CountQualifier.MoreThan, Before: true, Written: false),
        new("свыше", CountQualifier.MoreThan, Before: true, Written: false),
        new("больше чем", CountQualifier.MoreThan, Before: true, Written: false),
        new("больше", CountQualifier.MoreThan, Before: true, Written: false),
        new("не менее", CountQualifier.AtLeast, Before: true, Written: true),
        new("не меньше", CountQualifier.AtLeast, Before: true, Written: false),
        new("менее", CountQualifier.UpTo, Before: true, Written: false),
        new("меньше чем", CountQualifier.UpTo, Before: true, Written: false),
        new("меньше", CountQualifier.UpTo, Before: true, Written: false),
        new("до", CountQualifier.UpTo, Before: true, Written: true),
    ];

    private static readonly NounForms Thousand = NounForms.Create("тысяча", "тысячи", "тысяч");
    private static readonly NounForms Million = NounForms.Create("миллион", "миллиона", "миллионов");
    private static readonly NounForms Billion = NounForms.Create("миллиард", "миллиарда", "миллиардов");

    private RussianProfile()
        : base("ru", fallbackTag: null)
    {
    }

    /// <summary>Gets the profile.</summary>
    internal static RussianProfile Instance { get; } = new();

    /// <inheritdoc/>
    protected internal override IReadOnlyList<QualifierWord> QualifierWords => Qualifiers;

    /// <inheritdoc/>
    protected internal override ReadingVocabulary ReadingWords => RussianReadingWords.Vocabulary;

    protected internal override IReadOnlyList<ScaleStem> ScaleWords { get; } = [new("миллиард", 1_000_000_000), new("млрд", 1_000_000_000), new("миллион", 1_000_000), new("млн", 1_000_000), new("тысяч", 1_000), new("тыс", 1_000)];

    /// <inheritdoc/>
    protected internal override char DecimalPoint => ',';

    /// <summary>
    /// The words the profile writes for 1–19, the tens and the hundreds, in the masculine and the feminine (один, одна,
    /// две), and the oblique forms a count takes after a preposition (более двух, около пяти, свыше двадцати).
    /// </summary>
    protected internal override IReadOnlyDictionary<string, long> NumberWordsRead { get; } = WordsOf(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900],
        n => n.ToWords(Humanizer.GrammaticalGender.Masculine, HumanizerCultures.Russian) + " " + n.ToWords(Humanizer.GrammaticalGender.Feminine, HumanizerCultures.Russian),
        ("одного", 1), ("одной", 1), ("двух", 2), ("трех", 3), ("трёх", 3), ("четырех", 4), ("четырёх", 4), ("пяти", 5), ("шести", 6),
        ("семи", 7), ("восьми", 8), ("девяти", 9), ("десяти", 10), ("двенадцати", 12), ("двадцати", 20), ("тридцати", 30),
        // The oblique case of the teens, tens and hundreds: «по итогам одиннадцати месяцев», «более пятисот мероприятий».
        ("одиннадцати", 11), ("тринадцати", 13), ("четырнадцати", 14), ("пятнадцати", 15), ("шестнадцати", 16), ("семнадцати", 17),
        ("восемнадцати", 18), ("девятнадцати", 19), ("сорока", 40), ("пятидесяти", 50), ("шестидесяти", 60), ("семидесяти", 70),
        ("восьмидесяти", 80), ("девяноста", 90), ("ста", 100), ("двухсот", 200), ("трехсот", 300), ("трёхсот", 300),
        ("четырехсот", 400), ("четырёхсот", 400), ("пятисот", 500), ("шестисот", 600), ("семисот", 700), ("восьмисот", 800),
        ("девятисот", 900));

    /// <inheritdoc/>
    public override string Text(LocalizedText text) => Preconditions.CheckNotNull(text, nameof(text)).Russian;

    /// <inheritdoc/>
    public override NounForms Noun(LocalizedNoun noun) => Preconditions.CheckNotNull(noun, nameof(noun)).Russian;

    /// <inheritdoc/>
    public override PluralCategory Cardinal(decimal number)
    {
        int visibleFractionDigits = (decimal.GetBits(number)[3] >> 16) & 0xFF;
        if (visibleFractionDigits != 0)
        {
            return PluralCategory.Other;
        }

        decimal integer = decimal.Truncate(Math.Abs(number));
        decimal mod10 = integer % 10;
        decimal mod100 = integer % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few : PluralCategory.Many;
    }

    /// <inheritdoc/>
    public override PluralCategory Ordinal(long number) => PluralCategory.Other;

    /// <inheritdoc/>
    public override string NumberWords(long number, GrammaticalGender gender) =>
        HumanizerWords.ToWords(number, HumanizerCultures.Russian, HumanizerWords.Map(gender));

    /// <inheritdoc/>
    public override string OrdinalWords(int number, GrammaticalGender gender) =>
        number.ToOrdinalWords(HumanizerWords.Map(gender), HumanizerCultures.Russian);

    /// <inheritdoc/>
    public override string OrdinalDigits(int number, GrammaticalGender gender) => number.ToString(CultureInfo.InvariantCulture) + gender switch
    {
        GrammaticalGender.Feminine => "-я",
        GrammaticalGender.Neuter => "-е",
        _ => "-й",
    };

    /// <inheritdoc/>
    public override string Digits(long value) => DigitGroups.SpaceFromFiveDigits(value);

    /// <inheritdoc/>
    public override string MonthName(int month) => MonthsNominative[month - 1];

    /// <inheritdoc/>
    public override string FullDate(LocalDate day) => Invariant($"{day.Day} {MonthsGenitive[day.Month - 1]} {day.Year} года");

    /// <inheritdoc/>
    public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style)
    {
        long value = count.Value;
        NumberScale? scale = NumberScale.For(value, style);
        string number = scale is { } s ? s.Number(Digits(s.Whole), DecimalPoint) + " " + ScaleWord(s, count.IsExact) : Digits(value);
        string text = QualifierWord.WrittenFor(Qualifiers, count.Qualifier) is { } word ? word.Around(number) : number;
        if (noun is null)
        {
            return text;
        }

        NounForms forms = Noun(noun);
        string form = scale is not null ? forms.Many // «39 тысяч человек», «1,2 миллиона человек»
            : count.IsExact ? forms.For(Cardinal(value))
            : Cardinal(value) == PluralCategory.One ? forms.GenitiveSingular : forms.Many; // около 21 культурного мероприятия
        return text + " " + form;
    }

    /// <inheritdoc/>
    public override string Period(ReportingPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        int year = period.Year;
        return period.Kind switch
        {
            ReportingPeriodKind.YearToDate => "С начала года",
            ReportingPeriodKind.CalendarYear => Invariant($"В {year} году"),
            ReportingPeriodKind.Quarter => Invariant($"В {RomanNumeral.ToRoman(period.QuarterOfYear)} квартале {year} года"),
            ReportingPeriodKind.Month => Invariant($"В {MonthsPrepositional[period.Start.Month - 1]} {year} года"),
            _ => Invariant($"С {FullDate(period.Start)} по {FullDate(period.End)}"),
        };
    }

    /// <inheritdoc/>
    public override string Session(SessionNumber number, bool possessive) => number + " сессия";

    /// <summary>The body in the genitive after the session: <c>XXVII сессия Ассамблеи народа Казахстана Туркестанской области</c>.</summary>
    /// <inheritdoc/>
    public override string SessionHeading(Session session) => Session(session.Number, possessive: false) + " " + Genitive(Text(session.Body.Name));

    /// <summary>The years, then the body in the genitive: <c>30-летие Ассамблеи народа Казахстана</c>.</summary>
    /// <inheritdoc/>
    public override string Anniversary(Bodies.Anniversary anniversary) =>
        Invariant($"{anniversary.Years}-летие ") + Genitive(Text(anniversary.Body.Name));

    /// <inheritdoc/>
    public override string NothingReported(ReportingPeriod period) => $"{Period(period)} сведений о мероприятиях не поступало.";

    /// <inheritdoc/>
    public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style)
    {
        IReadOnlyList<string> items = CountedTallies(summary, style);

        string opening = opensPeriod ? Period(summary.Period) : "Кроме того,";
        string list = JoinList(items, ", ", _ => " и ");

        // A numeral subject ending in 1 (not 11) takes the verb in the singular of its noun's gender (проведена 21
        // благотворительная акция); other numbers and approximate ones take the neuter (проведено 168 встреч); with
        // several counts the verb agrees with the first.
        ActivityTally first = summary.Tallies[0];
        NounForms noun = Noun(DomainText.Noun(first.Kind));
        string held = IsSingularSubject(first.Count) ? Participle(noun.Gender, "проведен", "проведена", "проведено") : "проведено";
        if (summary.PeopleReached is not { } reached)
        {
            return $"{opening} {held} {list}.";
        }

        string people = Count(reached, DomainText.Noun(summary.Audience), style);
        bool onePerson = IsSingularSubject(reached);
        if (summary.Audience == Audience.Residents)
        {
            // The pronoun is singular only for one exact event (в ней), «принял» only for one exact person.
            bool oneEvent = summary.Tallies.Length == 1 && first.Count == QualifiedCount.Exactly(1);
            string pronoun = oneEvent ? Participle(noun.Gender, "в нем", "в ней", "в нем") : "в них";
            return $"{opening} {held} {list}, {pronoun} {(onePerson ? "принял" : "приняли")} участие {people}.";
        }

        NounForms audience = Noun(DomainText.Noun(summary.Audience));
        string covered = onePerson ? Participle(audience.Gender, "охвачен", "охвачена", "охвачено") : "охвачено";
        return $"{opening} {held} {list}, {covered} {people}.";
    }

    /// <summary>
    /// The genitive of an assembly's name: its head noun declines (Ассамблея → Ассамблеи), and what follows it already
    /// stands in the genitive (народа Казахстана Туркестанской области). A name with another head is written as given.
    /// </summary>
    internal static string Genitive(string name) =>
        name.StartsWith("Ассамблея ", StringComparison.Ordinal) ? "Ассамблеи " + name["Ассамблея ".Length..]
        : name == "Ассамблея" ? "Ассамблеи"
        : name;

    /// <summary>
    /// The scale word's form: a decimal takes the genitive singular (1,2 миллиона, 2,5 тысячи); an exact whole number
    /// its plural category; after около, более, до the genitive: singular after 1, 21 … (около 21 тысячи), plural
    /// otherwise (около 39 тысяч).
    /// </summary>
    private string ScaleWord(NumberScale scale, bool exact)
    {
        NounForms word = scale.Divisor switch
        {
            NumberScale.Billion => Billion,
            NumberScale.Million => Million,
            _ => Thousand,
        };
        PluralCategory category = Cardinal(scale.Whole);
        return scale.IsFraction ? word.Few
            : exact ? word.For(category)
            : category == PluralCategory.One ? word.Few : word.Many;
    }

    /// <summary>Whether an exact count ends in 1 but not 11, so that a verb agrees with it in the singular.</summary>
    private bool IsSingularSubject(QualifiedCount count) => count.IsExact && Cardinal(count.Value) == PluralCategory.One;

    private static string Participle(GrammaticalGender? gender, string masculine, string feminine, string neuter) => gender switch
    {
        GrammaticalGender.Masculine => masculine,
        GrammaticalGender.Feminine => feminine,
        _ => neuter,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
