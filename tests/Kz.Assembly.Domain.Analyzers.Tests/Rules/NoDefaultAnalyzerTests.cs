using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;
using Kz.Assembly.Domain.CodeFixes.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class NoDefaultAnalyzerTests
{
    [Fact]
    public Task Default_and_new_are_replaced_by_the_factory() =>
        Verify<NoDefaultAnalyzer, NoDefaultFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                SessionNumber a = {|ASM0004:default(SessionNumber)|};
                SessionNumber b = {|ASM0004:new SessionNumber()|};
                SessionNumber c = {|ASM0004:default|};
            }
            """,
            """
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                SessionNumber a = SessionNumber.Create(1);
                SessionNumber b = SessionNumber.Create(1);
                SessionNumber c = SessionNumber.Create(1);
            }
            """);

    [Fact]
    public Task Types_with_a_valid_default_and_user_look_alikes_are_fine() =>
        Verify<NoDefaultAnalyzer, NoDefaultFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Metrics;

            namespace App
            {
                struct SessionNumber { }

                class C
                {
                    QualifiedCount zero = default;
                    SessionNumber mine = default(SessionNumber);
                    int n = default;
                }
            }
            """);

    [Fact]
    public Task An_empty_initializer_is_replaced_by_the_factory_too() =>
        Verify<NoDefaultAnalyzer, NoDefaultFixer>.FixAsync(
            """
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                SessionNumber a = {|ASM0004:new SessionNumber() { }|};
                SessionNumber b = {|ASM0004:new SessionNumber { }|};
            }
            """,
            """
            using Kz.Assembly.Domain.Sessions;

            class C
            {
                SessionNumber a = SessionNumber.Create(1);
                SessionNumber b = SessionNumber.Create(1);
            }
            """);

    [Fact]
    public Task A_primary_constructor_parameter_defaulted_is_flagged_where_it_is_written_a_methods_is_not() =>
        Verify<NoDefaultAnalyzer, NoDefaultFixer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Sessions;

            record Row(string Name, SessionNumber Number = {|ASM0004:default|});

            record struct Pair(SessionNumber First = {|ASM0004:default(SessionNumber)|});

            class Holder(SessionNumber number = {|ASM0004:default|})
            {
                public SessionNumber Number { get; } = number;

                void Later(SessionNumber n = default) { }
            }
            """);
}
