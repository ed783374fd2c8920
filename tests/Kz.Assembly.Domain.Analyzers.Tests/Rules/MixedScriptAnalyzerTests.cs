using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class MixedScriptAnalyzerTests
{
    [Fact]
    public Task A_mixed_Roman_numeral_is_rewritten_in_Latin() =>
        Verify<MixedScriptAnalyzer, MixedScriptFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Localization;

            class C
            {
                int M() => RomanNumeral.Parse({|ASM0003:"ХХХІV"|});
            }
            """,
            """
            using Kz.Assembly.Domain.Localization;

            class C
            {
                int M() => RomanNumeral.Parse("XXXIV");
            }
            """);

    [Fact]
    public Task A_name_with_a_Latin_letter_among_Cyrillic_is_rewritten_in_Cyrillic() =>
        Verify<MixedScriptAnalyzer, MixedScriptFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Text;

            class C
            {
                LocalizedText M() => LocalizedText.Create({|ASM0003:"Мың бaла"|}, "Мың бала", "Myn Bala");
            }
            """,
            """
            using Kz.Assembly.Domain.Text;

            class C
            {
                LocalizedText M() => LocalizedText.Create("Мың бала", "Мың бала", "Myn Bala");
            }
            """);

    [Fact]
    public Task Single_script_text_and_the_English_parameter_are_fine() =>
        Verify<MixedScriptAnalyzer, MixedScriptFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Localization;
            using Kz.Assembly.Domain.Text;

            class C
            {
                void M()
                {
                    RomanNumeral.Parse("ХХХІ");
                    RomanNumeral.Parse("XXXIV");
                    LocalizedText.Create("Мың бала", "Мың бала", "Мың bala");
                    LocalizedText.Create("Мың бала KZ", "Мың бала", "Myn Bala");
                }
            }
            """);

    [Fact]
    public Task Every_text_the_library_stores_is_checked_Invariant_TryCreate_English_and_peoples_names() =>
        Verify<MixedScriptAnalyzer, MixedScriptFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.People;
            using Kz.Assembly.Domain.Sessions;
            using Kz.Assembly.Domain.Text;

            class C
            {
                void M()
                {
                    LocalizedText.Invariant({|ASM0003:"Мың бaла"|});
                    LocalizedText.TryCreate({|ASM0003:"Ақ Жoл"|}, "Ак Жол", {|ASM0003:"Ak Zhоl"|}, out _);
                    LocalizedText.Create("Мың бала", "Мың бала", {|ASM0003:"Myn Bаla"|});
                    Person.Named("Абай", "Абай", {|ASM0003:"Аbai"|});
                    SessionNumber.Parse({|ASM0003:"ХХVІІ"|});
                }
            }
            """);
}
