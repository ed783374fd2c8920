using System;
using System.Linq;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Samples;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Representation;

public class RepresentationTests
{
    private static SenateAppointment Senator(int i, int startYear = 2023, int endYear = 2028) =>
        SenateAppointment.Create(Person.Named($"Сенатор {i}", $"Сенатор {i}", $"Senator {i}"), new LocalDate(startYear, 1, 1), new LocalDate(endYear, 12, 31));

    [Fact]
    public void Five_concurrent_Senate_seats_are_accepted_and_a_sixth_is_rejected()
    {
        SenateRecommendations five = SenateRecommendations.Create(Enumerable.Range(1, 5).Select(i => Senator(i)));
        Assert.Equal(5, five.ServingOn(new LocalDate(2025, 4, 24)).Length);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => five.Add(Senator(6)));
        Assert.Equal(6, exception.ActualValue);
        Assert.Contains("only 5 seats", exception.Message, StringComparison.Ordinal);
        Assert.False(SenateRecommendations.TryCreate([.. five.Appointments, Senator(6)], out _));
    }

    [Fact]
    public void Successive_terms_in_the_same_seats_are_fine()
    {
        SenateRecommendations record = SenateRecommendations.Create(
            Enumerable.Range(1, 5).Select(i => Senator(i, 2017, 2022)).Concat(Enumerable.Range(6, 5).Select(i => Senator(i, 2023, 2028))));
        Assert.Equal(10, record.Appointments.Length);
        Assert.Equal([6, 7, 8, 9, 10], record.ServingOn(new LocalDate(2025, 1, 1)).Select(a => int.Parse(a.Person.Name.English[8..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_reported_sixth_Senate_member_is_rejected_but_Kurultai_counts_are_free()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.Senate, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.NationalKurultai, -1));
        Assert.False(RepresentationFact.TryCreate(TurkistanArticle2025.Apk, Chamber.Senate, 6, null, out _));
        Assert.Equal(12, RepresentationFact.Create(TurkistanArticle2025.Apk, Chamber.NationalKurultai, 12).Members);
    }

    [Fact]
    public void A_Senate_term_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SenateAppointment.Create(TurkistanArticle2025.HeadOfState, new LocalDate(2025, 1, 1), new LocalDate(2024, 1, 1)));
}
