using CsCheck;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Sessions;

public class NationalSessionCalendarTests
{
    [Theory]
    [InlineData(1, "1995-03-24")]
    [InlineData(19, "2012-04-27")]
    [InlineData(22, "2015-04-23")]
    [InlineData(22, "2015-05-04")] // a report weeks after the session, dated by its own day
    [InlineData(21, "2014-04-18")]
    [InlineData(24, "2016-04-26")]
    [InlineData(25, "2017-04-26")]
    [InlineData(31, "2022-04-29")]
    [InlineData(32, "2023-04-27")]
    [InlineData(26, "2018-04-28")]
    [InlineData(27, "2019-04-29")]
    [InlineData(28, "2021-01-11")]
    [InlineData(29, "2021-04-28")]
    [InlineData(34, "2025-04-24")]
    [InlineData(36, "2027-04-20")]
    public void A_national_session_can_meet_where_its_number_falls_among_the_known_ones(int number, string date) =>
        Assert.True(NationalSessionCalendar.CouldBeHeldOn(number, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Theory]
    [InlineData(22, "2016-05-20")] // Pavlodar's XXII session: the national XXII met in April 2015
    [InlineData(19, "2016-11-19")] // Zhambyl's XIX session: the national XIX met in April 2012
    [InlineData(18, "2015-12-21")] // Karaganda's XVIII session in its new Friendship House
    [InlineData(34, "2019-04-29")] // too early: the XXVII met that day
    [InlineData(35, "2024-01-01")]
    [InlineData(23, "2016-12-12")] // a regional XXIII: the national XXIV had met in April 2016
    [InlineData(31, "2023-12-01")] // the national XXXII met in April 2023
    public void A_national_session_cannot_meet_long_after_or_before_its_number_allows(int number, string date) =>
        Assert.False(NationalSessionCalendar.CouldBeHeldOn(number, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void The_days_a_number_allows_are_one_unbroken_span() =>
        Gen.Int[1, 60].Select(Gen.Int[0, 15_000], Gen.Int[0, 15_000], Gen.Int[0, 15_000])
            .Sample((number, a, b, c) =>
            {
                int[] days = [a, b, c];
                System.Array.Sort(days);
                LocalDate start = new(1995, 1, 1);
                bool first = NationalSessionCalendar.CouldBeHeldOn(number, start.PlusDays(days[0]));
                bool middle = NationalSessionCalendar.CouldBeHeldOn(number, start.PlusDays(days[1]));
                bool last = NationalSessionCalendar.CouldBeHeldOn(number, start.PlusDays(days[2]));
                return !(first && last) || middle;
            });

    [Fact]
    public void On_any_day_the_numbers_allowed_are_one_unbroken_run() =>
        Gen.Int[0, 15_000].Select(Gen.Int[1, 60], Gen.Int[1, 60], Gen.Int[1, 60])
            .Sample((day, a, b, c) =>
            {
                int[] numbers = [a, b, c];
                System.Array.Sort(numbers);
                LocalDate date = new LocalDate(1995, 1, 1).PlusDays(day);
                return !(NationalSessionCalendar.CouldBeHeldOn(numbers[0], date) && NationalSessionCalendar.CouldBeHeldOn(numbers[2], date))
                    || NationalSessionCalendar.CouldBeHeldOn(numbers[1], date);
            });
}
