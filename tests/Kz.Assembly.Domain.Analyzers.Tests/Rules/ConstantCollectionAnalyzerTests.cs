using System.Threading.Tasks;
using Kz.Assembly.Domain.Analyzers.Rules;

namespace Kz.Assembly.Domain.Analyzers.Tests.Rules;

public class ConstantCollectionAnalyzerTests
{
    [Fact]
    public Task Flags_a_repeated_session_number_and_a_sixth_concurrent_Senate_seat() =>
        Verify<ConstantCollectionAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M()
                {
                    var apk = TurkistanArticle2025.Apk;
                    SessionHistory.Create(apk, [
                        Session.Create(apk, SessionNumber.Create(33), null),
                        Session.Create(apk, SessionNumber.Create(34), null),
                        {|ASM0010:Session.Create(apk, SessionNumber.Create(34), null)|},
                    ]);
                    var p = TurkistanArticle2025.HeadOfState;
                    SenateRecommendations.Create({|ASM0010:new[]
                    {
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2024, 1, 1), new LocalDate(2029, 12, 31)),
                    }|});
                }
            }
            """);

    [Fact]
    public Task Distinct_numbers_successive_terms_and_non_constant_items_are_fine() =>
        Verify<ConstantCollectionAnalyzer>.AnalyzerAsync("""
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M(int n, LocalDate start)
                {
                    var apk = TurkistanArticle2025.Apk;
                    SessionHistory.Create(apk, [Session.Create(apk, SessionNumber.Create(n), null), Session.Create(apk, SessionNumber.Create(n), null)]);
                    SessionHistory.Create(apk, [Session.Create(apk, SessionNumber.Create(1), null), Session.Create(apk, SessionNumber.Create(2), null)]);
                    var p = TurkistanArticle2025.HeadOfState;
                    SenateRecommendations.Create([
                        SenateAppointment.Create(p, new LocalDate(2011, 1, 1), new LocalDate(2016, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2011, 1, 1), new LocalDate(2016, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2011, 1, 1), new LocalDate(2016, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2017, 1, 1), new LocalDate(2022, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2017, 1, 1), new LocalDate(2022, 12, 31)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)),
                        SenateAppointment.Create(p, start, new LocalDate(2028, 12, 31)),
                    ]);
                }
            }
            """);

    [Fact]
    public Task Flags_the_shapes_consumer_code_takes_collection_initializers_open_terms_named_arguments_and_parsed_numerals() =>
        Verify<ConstantCollectionAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M()
                {
                    var apk = TurkistanArticle2025.Apk;
                    SessionHistory.Create(apk, new List<Session>
                    {
                        Session.Create(apk, SessionNumber.Parse("XII"), null),
                        {|ASM0010:Session.Create(apk, SessionNumber.Create(12), null)|},
                        {|ASM0010:Session.Create(apk, SessionNumber.Parse("ХІІ"), null)|},
                        Session.Create(apk, SessionNumber.Parse("XXXIV (34)"), null),
                        {|ASM0010:Session.Create(apk, SessionNumber.Create(34), null)|},
                    });
                    var p = TurkistanArticle2025.HeadOfState;
                    SenateRecommendations.Create({|ASM0010:new SenateAppointment[]
                    {
                        SenateAppointment.Create(p, new LocalDate(2019, 1, 1), null),
                        SenateAppointment.Create(p, new LocalDate(2020, 1, 1), null),
                        SenateAppointment.Create(p, new LocalDate(2021, 1, 1), null),
                        SenateAppointment.Create(p, new LocalDate(2022, 1, 1), null),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), null),
                        SenateAppointment.Create(p, new LocalDate(2024, 1, 1), null),
                    }|});
                    SenateRecommendations.Create({|ASM0010:new List<SenateAppointment>
                    {
                        SenateAppointment.Create(p, termEnd: new LocalDate(2028, 12, 31), termStart: new LocalDate(2023, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2028, 12, 31), termStart: new LocalDate(2023, 1, 1)),
                        SenateAppointment.Create(termStart: new LocalDate(2023, 1, 1), termEnd: new LocalDate(2028, 12, 31), person: p),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2028, 12, 31), termStart: new LocalDate(2023, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2028, 12, 31), termStart: new LocalDate(2023, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2029, 12, 31), termStart: new LocalDate(2024, 1, 1)),
                    }|});
                }
            }
            """);

    [Fact]
    public Task Successive_terms_named_out_of_order_and_open_terms_that_ended_are_fine() =>
        Verify<ConstantCollectionAnalyzer>.AnalyzerAsync("""
            using System.Collections.Generic;
            using Kz.Assembly.Domain.Representation;
            using Kz.Assembly.Domain.Samples;
            using Kz.Assembly.Domain.Sessions;
            using NodaTime;

            class C
            {
                void M()
                {
                    var p = TurkistanArticle2025.HeadOfState;
                    SenateRecommendations.Create(new List<SenateAppointment>
                    {
                        SenateAppointment.Create(p, termEnd: new LocalDate(2016, 12, 31), termStart: new LocalDate(2011, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2016, 12, 31), termStart: new LocalDate(2011, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2016, 12, 31), termStart: new LocalDate(2011, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2022, 12, 31), termStart: new LocalDate(2017, 1, 1)),
                        SenateAppointment.Create(p, termEnd: new LocalDate(2022, 12, 31), termStart: new LocalDate(2017, 1, 1)),
                        SenateAppointment.Create(p, new LocalDate(2023, 1, 1), null),
                    });
                    var apk = TurkistanArticle2025.Apk;
                    SessionHistory.Create(apk, new List<Session> { Session.Create(apk, SessionNumber.Parse("XII"), null), Session.Create(apk, SessionNumber.Parse("XIII"), null) });
                }
            }
            """);
}
