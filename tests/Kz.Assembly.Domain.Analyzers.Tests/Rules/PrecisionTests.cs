using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

/// <summary>False positives and false negatives found by trying the rules on unusual but valid consumer code, each
/// pinned here: what must not be flagged, and what must.</summary>
public class PrecisionTests
{
    [Fact]
    public Task ASM0008_switches_made_exhaustive_by_not_and_relational_patterns_are_not_flagged() =>
        Verify<ExhaustiveSwitchAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Activities;

            static class C
            {
                static int A(Chamber chamber) => chamber switch
                {
                    Chamber.Senate => 5,
                    not Chamber.Senate => 12,
                };

                static int B(AssemblyActivityKind kind) => kind switch
                {
                    < AssemblyActivityKind.OutreachMeeting => 1,
                    >= AssemblyActivityKind.OutreachMeeting and <= AssemblyActivityKind.EthnomediationCase => 2,
                };

                static int D(AssemblyActivityKind kind) => kind {|ASM0008:switch|}
                {
                    < AssemblyActivityKind.OutreachMeeting => 1,
                    AssemblyActivityKind.CulturalEvent or AssemblyActivityKind.SportsEvent => 2,
                    _ when kind > AssemblyActivityKind.SportsEvent => 3,
                };
            }
            """);

    [Fact]
    public Task ASM0004_comparing_with_default_is_not_flagged_but_making_it_is() =>
        Verify<NoDefaultAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Sessions;

            static class C
            {
                static bool Unset(SessionNumber n) => n == default || !(n != default) || n.Equals(default);

                static SessionNumber Make() => {|ASM0004:default(SessionNumber)|};
            }
            """);

    [Fact]
    public Task ASM0009_the_culture_free_code_format_is_not_flagged_and_handler_holes_are() =>
        Verify<CultureFreeFormattingAnalyzer>.AnalyzerAsync("""
            using System.Globalization;
            using System.Text;
            using Kz.Assembly.Domain.Geography;

            static class C
            {
                static string Code(Region region) => $"{region:C}";

                static void Append(StringBuilder text, Region region)
                {
                    text.Append($"{|ASM0009:{region}|}");
                    text.Append(CultureInfo.InvariantCulture, $"{region}");
                    text.Append($"{region:C}");
                }
            }
            """);

    [Fact]
    public Task ASM0003_words_in_two_scripts_side_by_side_are_not_one_mixed_word() =>
        Verify<MixedScriptAnalyzer, MixedScriptFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Text;

            static class C
            {
                static LocalizedText A() => LocalizedText.Create("Жастар/Youth", "Молодёжь/Youth", "Youth");
                static LocalizedText B() => LocalizedText.Create({|ASM0003:"Kaspi-бaнк"|}, "Kaspi-банк", "Kaspi Bank");
            }
            """,
            """
            using Kz.Assembly.Domain.Text;

            static class C
            {
                static LocalizedText A() => LocalizedText.Create("Жастар/Youth", "Молодёжь/Youth", "Youth");
                static LocalizedText B() => LocalizedText.Create("Kaspi-банк", "Kaspi-банк", "Kaspi Bank");
            }
            """);

    [Fact]
    public Task ASM0002_agrees_with_the_library_on_Unicode_numerals_digits_and_session_numbers() =>
        Verify<RomanNumeralAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Localization;
            using Kz.Assembly.Domain.Sessions;

            static class C
            {
                static int[] Numbers() =>
                [
                    RomanNumeral.Parse("Ⅻ"),
                    RomanNumeral.Parse("ⅿⅽⅿⅹⅽⅳ"),
                    SessionNumber.Parse("27").Value,
                    SessionNumber.Parse("XXVII").Value,
                    SessionNumber.Parse({|ASM0002:"XXXXIV"|}).Value,
                    SessionNumber.Parse({|ASM0002:"0"|}).Value,
                    SessionNumber.Parse({|ASM0002:"4000"|}).Value,
                    RomanNumeral.Parse({|ASM0002:"27"|}),
                ];
            }
            """);

    [Fact]
    public Task ASM0005_a_national_body_founded_before_1995_is_flagged() =>
        Verify<DateBoundsAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Bodies;
            using Kz.Assembly.Domain.Text;
            using NodaTime;

            static class C
            {
                static AssemblyBody M() => AssemblyBody.National("apk", LocalizedText.Invariant("APK"), {|ASM0005:new LocalDate(1990, 1, 1)|});
            }
            """);

    [Fact]
    public Task ASM0007_a_discarded_immutable_collection_result_is_flagged() =>
        Verify<DiscardedPureResultAnalyzer>.AnalyzerAsync("""
            using System.Collections.Immutable;

            static class C
            {
                static void M(ImmutableArray<int> items, ImmutableList<int> list, ImmutableArray<int>.Builder builder)
                {
                    {|ASM0007:items.Add(1)|};
                    {|ASM0007:list.SetItem(0, 2)|};
                    builder.Add(3);
                    items = items.Add(4);
                }
            }
            """);

    [Fact]
    public Task ASM0001_the_Senate_cap_holds_when_the_chamber_is_the_Senate() =>
        Verify<ValidRangeAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;

            static class C
            {
                static RepresentationFact[] M(Chamber chamber) =>
                [
                    RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.Senate, {|ASM0001:12|}),
                    RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.Senate, 5),
                    RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.NationalKurultai, 12),
                    RepresentationFact.Create(TurkistanArticle2025.Apk, chamber, 12),
                    RepresentationFact.Create(TurkistanArticle2025.Apk, members: {|ASM0001:6|}, chamber: Chamber.Senate),
                ];
            }
            """);

    [Fact]
    public Task ASM0006_the_machines_clock_through_a_local_into_domain_time_is_flagged() =>
        Verify<SystemClockAnalyzer>.AnalyzerAsync("""
            using System;
            using NodaTime;

            static class C
            {
                static LocalDate Today()
                {
                    var now = {|ASM0006:DateTime.Now|};
                    return LocalDate.FromDateTime(now);
                }

                static string Log()
                {
                    var now = DateTime.Now;
                    return now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            """);

    [Fact]
    public Task ASM0005_every_factory_that_stores_a_date_is_checked() =>
        Verify<DateBoundsAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Council;
            using Kz.Assembly.Domain.People;
            using Kz.Assembly.Domain.Periods;
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Text;
            using NodaTime;

            static class C
            {
                static object[] M(Person person) =>
                [
                    Term.Create({|ASM0005:new LocalDate(1990, 1, 1)|}),
                    Term.Create(new LocalDate(2020, 1, 1), {|ASM0005:new LocalDate(2019, 1, 1)|}),
                    CouncilMembership.Create(person, MemberCategory.PublicFigure, new LocalDate(2020, 1, 1), {|ASM0005:new LocalDate(2019, 12, 31)|}),
                    TurkistanArticle2025.Apk.WithDissolution({|ASM0005:new LocalDate(1994, 1, 1)|}, null),
                    DeputyGroup.Create(TurkistanArticle2025.Apk, LocalizedText.Invariant("G"), false, {|ASM0005:new LocalDate(1990, 1, 1)|}),
                    RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.NationalKurultai, 12, {|ASM0005:new LocalDate(1990, 1, 1)|}),
                    Term.Create(new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1)),
                ];
            }
            """);
}
