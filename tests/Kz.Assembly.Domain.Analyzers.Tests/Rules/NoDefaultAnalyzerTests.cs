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
}
