using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class RomanNumeralAnalyzerTests
{
    [Fact]
    public Task Flags_non_canonical_and_contradictory_numerals() =>
        Verify<RomanNumeralAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Localization;

            class C
            {
                void M()
                {
                    RomanNumeral.Parse({|ASM0002:"XXVIIII"|});
                    RomanNumeral.Parse({|ASM0002:"IC"|});
                    RomanNumeral.Parse({|ASM0002:"XXXIV (35)"|});
                    RomanNumeral.Parse({|ASM0002:""|});
                }
            }
            """);

    [Fact]
    public Task Accepts_the_articles_numerals_and_ignores_unmarked_parameters() =>
        Verify<RomanNumeralAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Localization;

            class C
            {
                static int Parse(string text) => 0;

                void M(string input)
                {
                    RomanNumeral.Parse("XXVIІ");
                    RomanNumeral.Parse("ХХХІV (34)");
                    RomanNumeral.Parse("mmxxv");
                    RomanNumeral.Parse(input);
                    RomanNumeral.TryParse("IIII", out _);
                    Parse("IIII");
                }
            }
            """);
}
