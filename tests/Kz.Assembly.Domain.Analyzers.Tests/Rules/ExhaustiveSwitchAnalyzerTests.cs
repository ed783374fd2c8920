using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class ExhaustiveSwitchAnalyzerTests
{
    [Fact]
    public Task A_switch_statement_gets_the_missing_cases() =>
        Verify<ExhaustiveSwitchAnalyzer, ExhaustiveSwitchFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int M(Chamber chamber)
                {
                    {|ASM0008:switch|} (chamber)
                    {
                        case Chamber.Senate:
                            return 5;
                    }

                    return 0;
                }
            }
            """,
            """
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int M(Chamber chamber)
                {
                    switch (chamber)
                    {
                        case Chamber.Senate:
                            return 5;
                        case Chamber.Mazhilis:
                        case Chamber.NationalKurultai:
                            break;
                    }

                    return 0;
                }
            }
            """);

    [Fact]
    public Task An_applications_own_enum_marked_Exhaustive_is_checked_too() =>
        Verify<ExhaustiveSwitchAnalyzer, ExhaustiveSwitchFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Annotations;

            [Exhaustive]
            enum Channel { Radio, Print, Online }

            class C
            {
                int M(Channel c) => c {|ASM0008:switch|} { Channel.Radio => 1, Channel.Print => 2 };
            }
            """);

    [Fact]
    public Task Switches_with_a_default_all_members_or_over_other_enums_are_fine() =>
        Verify<ExhaustiveSwitchAnalyzer, ExhaustiveSwitchFixer>.AnalyzerAsync("""
            using System;
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int A(Chamber c) => c switch { Chamber.Senate => 1, _ => 0 };

                int B(Chamber c) => c switch { Chamber.Senate or Chamber.Mazhilis => 1, Chamber.NationalKurultai => 2, _ => 0 };

                int D(DayOfWeek d) { switch (d) { case DayOfWeek.Monday: return 1; } return 0; }

                int E(Chamber c) { switch (c) { case Chamber.Senate: return 1; default: return 0; } }

                int F(NodaTime.IsoDayOfWeek d) { switch (d) { case NodaTime.IsoDayOfWeek.Monday: return 1; } return 0; }
            }
            """);

    [Fact]
    public Task A_switch_over_a_nullable_domain_enum_is_checked_and_fixed_with_the_enums_members() =>
        Verify<ExhaustiveSwitchAnalyzer, ExhaustiveSwitchFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int M(Chamber? chamber)
                {
                    {|ASM0008:switch|} (chamber)
                    {
                        case Chamber.Senate:
                            return 5;
                        case null:
                            return -1;
                    }

                    return 0;
                }
            }
            """,
            """
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int M(Chamber? chamber)
                {
                    switch (chamber)
                    {
                        case Chamber.Senate:
                            return 5;
                        case null:
                            return -1;
                        case Chamber.Mazhilis:
                        case Chamber.NationalKurultai:
                            break;
                    }

                    return 0;
                }
            }
            """);

    [Fact]
    public Task A_switch_expression_over_a_nullable_domain_enum_is_checked_but_a_complete_one_is_not() =>
        Verify<ExhaustiveSwitchAnalyzer, ExhaustiveSwitchFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Representation;

            class C
            {
                int M(Chamber? c) => c {|ASM0008:switch|} { Chamber.Senate => 1, null => 0, _ when c is null => 2 };

                int Complete(Chamber? c) => c switch { Chamber.Senate => 1, Chamber.Mazhilis => 2, Chamber.NationalKurultai => 3, null => 0 };
            }
            """);
}
