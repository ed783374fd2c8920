using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Kyrgyz;

/// <summary>
/// Kyrgyz (<c>ky</c>), a second Turkic language added the way a user adds one: this folder and one
/// <see cref="LanguageProfiles.Register"/> call, with only the library's public and protected surface, its grammar
/// written as data on the library's Turkic base (<see cref="TurkicPhonology"/>, <see cref="TurkicSuffix"/>,
/// <see cref="TurkicNumerals"/>, on which Kazakh is built too). Kyrgyz harmony is four-way (a suffix's vowel follows the last vowel's backness and rounding: -ынчы/-инчи/-унчу/-үнчү, dative
/// -га/-ге/-го/-гө), where Kazakh's is two-way; the qualifier words (жакын with the dative, ашык with the ablative,
/// кеминде, чейин with the dative) and the scale word миң are its own, so counts are written and read in Kyrgyz.
/// Stored text (names, nouns) falls back to Russian, the language Kyrgyz reports quote most.
/// </summary>
/// <remarks>Sources for the grammar: the Kyrgyz ordinal suffix -ынчы/-инчи/-унчу/-үнчү (биринчи, үчүнчү, алтынчы,
/// тогузунчу) and the dative and ablative allomorphs (миңге, жүзгө, бештен, миңден) as Kyrgyz school grammars give
/// them; a low suffix vowel after у is а (kyrgyzblog.blogspot.com, "Kyrgyz vowel harmony", 2013: «У usually takes A as
/// an affix … O will only be in affixes when the word's final vowel is o»; wiki.firespeaker.org, Kyrgyz teaching
/// materials). The first version of this profile wrote «30-го», «9-го»: wrong, now «30-га», «9-га», «10-го».</remarks>
internal sealed class KyrgyzProfile : LanguageProfile
{
    internal const string KyrgyzTag = "ky";

    private static readonly string[] Units = ["бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"];
    private static readonly string[] Tens = ["он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"];

    // Four-way harmony as the library's Turkic tables, with the one asymmetry Kyrgyz has: after у a low suffix vowel is
    // а, not о (суу → сууга, тогуз → тогузга; only after о is it о: он → онго), while a high one is у (тогузунчу). So
    // the table has five classes: а ы я | у ю | о ё | е и э | ө ү, and each suffix one form per class.
    private static readonly TurkicPhonology Sounds = new(["аыя", "ую", "оё", "еиэ", "өү"], unmarkedClass: 3, vowels: "аыоуеиөүэюяё", sonorants: "йлр", nasals: "мнң", voiced: "бвгджз");
    private static readonly TurkicNumerals Numerals = new(Units, Tens, "жүз", ["миң", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"], "нөл", "минус");
    private static readonly TurkicSuffix OrdinalSuffix = TurkicSuffix.Create(Sounds, "ынчы", "унчу", "унчу", "инчи", "үнчү").After(FinalSound.Vowel, "нчы", "нчу", "нчу", "нчи", "нчү");
    private static readonly TurkicSuffix Dative = TurkicSuffix.Create(Sounds, "га", "га", "го", "ге", "гө").After(FinalSound.Voiceless, "ка", "ка", "ко", "ке", "кө");
    private static readonly TurkicSuffix Ablative = TurkicSuffix.Create(Sounds, "дан", "дан", "дон", "ден", "дөн").After(FinalSound.Voiceless, "тан", "тан", "тон", "тен", "төн");
    private static readonly (long Value, string Word)[] Scales = [(1_000_000_000, "миллиард"), (1_000_000, "миллион"), (1_000, "миң")];

    private static readonly string[] Months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly QualifierWord[] Qualifiers =
    [
        new("жакын", CountQualifier.About, Before: false, Written: true, KazakhCase.Dative),
        new("ашык", CountQualifier.MoreThan, Before: false, Written: true, KazakhCase.Ablative),
        new("кеминде", CountQualifier.AtLeast, Before: true, Written: true),
        new("чейин", CountQualifier.UpTo, Before: false, Written: true, KazakhCase.Dative),
    ];

    private KyrgyzProfile()
        : base(KyrgyzTag, fallbackTag: "ru")
    {
    }

    /// <summary>Gets the registered profile (registered once, by whichever test asks first).</summary>
    internal static KyrgyzProfile Registered { get; } = Register();

    protected internal override char DecimalPoint => ',';

    protected internal override IReadOnlyList<QualifierWord> QualifierWords => Qualifiers;

    protected internal override IReadOnlyList<ScaleStem> ScaleWords { get; } =
        [new("миллиард", 1_000_000_000), new("миллион", 1_000_000), new("млн", 1_000_000), new("миң", 1_000)];

    protected internal override ReadingVocabulary ReadingWords => KyrgyzReadingWords.Vocabulary;

    protected internal override IReadOnlyDictionary<string, long> NumberWordsRead { get; } = NumberWordsTable();

    /// <summary>Kyrgyz names of the regions the tests' reports name, keyed by the stored English name; any other
    /// region's name falls back to Russian, and <see cref="LanguageProfile.HasOwnText"/> tells the two apart.</summary>
    protected override string? OwnText(Kz.Assembly.Domain.Text.LocalizedText text) => text.English switch
    {
        "Turkistan Region" => "Түркстан облусу",
        "Zhambyl Region" => "Жамбыл облусу",
        "Shymkent" => "Шымкент шаары",
        _ => null,
    };

    public override PluralCategory Cardinal(decimal number) => PluralCategory.Other; // a noun after a number stays singular

    public override PluralCategory Ordinal(long number) => PluralCategory.Other;

    public override string NumberWords(long number, GrammaticalGender gender) => Numerals.Words(number);

    public override string OrdinalWords(int number, GrammaticalGender gender) => Numerals.OrdinalWords(number, OrdinalSuffix);

    public override string OrdinalDigits(int number, GrammaticalGender gender) => number.ToString(CultureInfo.InvariantCulture) + "-";

    public override string Digits(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    public override string MonthName(int month) => Months[month - 1];

    public override string FullDate(LocalDate day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}-жылдын {day.Day}-{MonthName(day.Month)}");

    public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style)
    {
        (string number, string spoken) = Number(count.Value, style);
        string text = Qualifiers.FirstOrDefault(q => q.Qualifier == count.Qualifier) is { Word: not null } word
            ? word.Before ? word.Word + " " + number : Inflect(number, spoken, word.Governs) + " " + word.Word
            : number;
        return noun is null ? text : text + " " + Noun(noun).For(PluralCategory.Other);
    }

    public override string Period(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.YearToDate => "Жыл башынан бери",
        ReportingPeriodKind.CalendarYear => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-жылы"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-жылдын {((period.Start.Month - 1) / 3) + 1}-чейрегинде"),
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-жылдын {MonthName(period.Start.Month)} айында"),
        _ => FullDate(period.Start) + " – " + FullDate(period.End),
    };

    public override string Session(SessionNumber number, bool possessive) => number + (possessive ? " сессиясы" : " сессия");

    public override string SessionHeading(Session session) => Text(session.Body.Name) + " " + Session(session.Number, possessive: true);

    public override string Anniversary(Kz.Assembly.Domain.Bodies.Anniversary anniversary) =>
        Text(anniversary.Body.Name) + " " + anniversary.Years.ToString(CultureInfo.InvariantCulture) + " жылдыгы";

    public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style)
    {
        string held = (opensPeriod ? Period(summary.Period) + " " : string.Empty) + JoinList(CountedTallies(summary, style), ", ", _ => " жана ");
        return summary.PeopleReached is { } reached
            ? held + " өткөрүлүп, аларга " + Count(reached, DomainText.Noun(summary.Audience), style) + " катышты."
            : held + " өткөрүлдү.";
    }

    public override string NothingReported(ReportingPeriod period) => Period(period) + " иш-чаралар тууралуу маалымат жок.";

    /// <summary>The number as written (digits, or a round whole with its scale word) and the word it is spoken with last,
    /// which decides the suffix a qualifier puts on it (9 000 is «тогуз миң»: 9 000-ге).</summary>
    private (string Written, string Spoken) Number(long value, ThousandsStyle style)
    {
        if (style != ThousandsStyle.Digits && value > 0)
        {
            foreach ((long scale, string word) in Scales)
            {
                if (value >= scale && value % scale == 0)
                {
                    return (Digits(value / scale) + " " + word, word);
                }
            }
        }

        return (Digits(value), Numerals.LastWord(value));
    }

    /// <summary>Puts the case ending on a number: on its scale word where it has one (39 миңге), else after a hyphen on
    /// its digits, chosen by how the number is spoken (9 000-ге, 100-гө, 5-ке).</summary>
    private static string Inflect(string number, string spoken, KazakhCase grammaticalCase)
    {
        string ending = grammaticalCase switch
        {
            KazakhCase.Dative => Dative.For(spoken),
            KazakhCase.Ablative => Ablative.For(spoken),
            _ => string.Empty,
        };
        return number.EndsWith(spoken, StringComparison.Ordinal) ? number + ending : number + "-" + ending;
    }

    /// <summary>The number words a report spells out: units, tens and the hundred, as <see cref="NumberWords"/> writes them.</summary>
    private static Dictionary<string, long> NumberWordsTable()
    {
        var table = new Dictionary<string, long>(StringComparer.Ordinal) { ["жүз"] = 100 };
        for (int digit = 1; digit <= 9; digit++)
        {
            table[Units[digit - 1]] = digit;
            table[Tens[digit - 1]] = digit * 10;
        }

        return table;
    }

    private static KyrgyzProfile Register()
    {
        var profile = new KyrgyzProfile();
        LanguageProfiles.Register(profile);
        return profile;
    }
}
