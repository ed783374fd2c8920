using System.Text;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Localization.Profiles.Pseudo;

/// <summary>
/// A fifth language, added the way a user adds one: this folder and one <see cref="LanguageProfiles.Register"/> call,
/// nothing in the library edited. It is a pseudo-locale (the translator's test language: English with accented
/// letters in brackets, so untranslated text stands out) under the private-use tag <c>qaa</c>; its own month names and
/// digit grouping show that its concerns, not English's, are used.
/// </summary>
internal sealed class PseudoProfile : LanguageProfile
{
    internal const string PseudoTag = "qaa";

    private static readonly LanguageProfile English = LanguageProfiles.English;

    private PseudoProfile()
        : base(PseudoTag, fallbackTag: "en")
    {
    }

    /// <summary>Gets the registered profile (registered once, by whichever test asks first).</summary>
    internal static PseudoProfile Registered { get; } = Register();

    public override string InScript(string text)
    {
        var accented = new StringBuilder("[", text.Length + 2);
        foreach (char c in text)
        {
            accented.Append(c switch { 'a' => 'å', 'e' => 'é', 'i' => 'î', 'o' => 'ô', 'u' => 'û', 'n' => 'ñ', _ => c });
        }

        return accented.Append(']').ToString();
    }

    public override PluralCategory Cardinal(decimal number) => English.Cardinal(number);

    public override PluralCategory Ordinal(long number) => English.Ordinal(number);

    public override string NumberWords(long number, GrammaticalGender gender) => English.NumberWords(number, gender);

    public override string OrdinalWords(int number, GrammaticalGender gender) => English.OrdinalWords(number, gender);

    public override string OrdinalDigits(int number, GrammaticalGender gender) => English.OrdinalDigits(number, gender);

    public override string Digits(long value) => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '\'');

    public override string MonthName(int month) => "month " + month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string FullDate(LocalDate day) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day.Day} {MonthName(day.Month)} {day.Year}");

    public override string Count(QualifiedCount count, LocalizedNoun? noun, ThousandsStyle style)
    {
        string number = (count.Qualifier == CountQualifier.Exact ? string.Empty : DomainText.Of(count.Qualifier).English + " ") + Digits(count.Value);
        return noun is null ? number : number + " " + Noun(noun).For(Cardinal(count.Value));
    }

    public override string Period(ReportingPeriod period) => "During " + FullDate(period.Start) + " – " + FullDate(period.End);

    public override string Session(SessionNumber number, bool possessive) => "session " + number;

    public override string SessionHeading(Session session) => Session(session.Number, possessive: false) + " of " + Text(session.Body.Name);

    public override string Anniversary(Kz.Assembly.Domain.Bodies.Anniversary anniversary) =>
        "anniversary " + anniversary.Years.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + Text(anniversary.Body.Name);

    public override string NothingReported(ReportingPeriod period) => Period(period) + ": [ñöţĥîñĝ ŕéþöŕţéð]";

    public override string Summary(ReportedSummary summary, bool opensPeriod, ThousandsStyle style) =>
        (opensPeriod ? Period(summary.Period) : "Also") + ": " + JoinList(CountedTallies(summary, style), ", ", _ => " and ") + ".";

    private static PseudoProfile Register()
    {
        var profile = new PseudoProfile();
        LanguageProfiles.Register(profile);
        return profile;
    }
}
