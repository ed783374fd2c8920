using System;
using System.Linq;
using CsCheck;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Sessions;

public class SessionHistoryTests
{
    private static readonly AssemblyBody Apk = TurkistanArticle2025.Apk;

    private static Session At(int number, int? year) =>
        Session.Create(Apk, SessionNumber.Create(number), year is { } y ? new LocalDate(y, 4, 24) : null);

    [Fact]
    public void Sessions_are_kept_in_number_order_and_found_by_number()
    {
        SessionHistory history = SessionHistory.Create(Apk, [At(34, 2025), At(32, 2023), At(33, 2024)]);
        Assert.Equal([32, 33, 34], history.Select(s => s.Number.Value));
        Assert.Equal(At(33, 2024), history.Find(SessionNumber.Create(33)));
        Assert.Equal(SessionNumber.Create(34), history.Latest!.Number);
        Assert.False(history.TryFind(SessionNumber.Create(1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Find(SessionNumber.Create(1)));
    }

    [Fact]
    public void Duplicate_session_numbers_are_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => SessionHistory.Create(Apk, [At(34, 2025), At(34, null)]));
        Assert.Contains("XXXIV", exception.Message, StringComparison.Ordinal);
        Assert.Contains("twice", exception.Message, StringComparison.Ordinal);
        Assert.False(SessionHistory.TryCreate(Apk, [At(34, 2025), At(34, null)], out _));
    }

    [Fact]
    public void Numbers_that_do_not_increase_with_date_are_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => SessionHistory.Create(Apk, [At(33, 2025), At(34, 2024)]));
        Assert.Contains("increase with date", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SessionHistory.Create(Apk, [At(32, 2025), At(33, null), At(34, 2024)]));
    }

    [Fact]
    public void Undated_sessions_are_not_compared_by_date() =>
        Assert.Equal([32, 33, 34], SessionHistory.Create(Apk, [At(32, 2023), At(33, null), At(34, 2025)]).Select(s => s.Number.Value));

    [Fact]
    public void Sessions_of_another_body_are_rejected() =>
        Assert.Throws<ArgumentException>(() => SessionHistory.Create(Apk, [TurkistanArticle2025.RegionalSession]));

    [Fact]
    public void Add_returns_a_new_history_and_leaves_the_old_one()
    {
        SessionHistory before = SessionHistory.Create(Apk, [At(33, 2024)]);
        SessionHistory after = before.Add(At(34, 2025));
        Assert.Single(before);
        Assert.Equal(2, after.Count);
        Assert.Throws<ArgumentException>(() => after.Add(At(34, null)));
    }

    [Fact]
    public void Any_set_of_distinct_numbers_with_increasing_dates_is_accepted_in_any_order() =>
        Gen.Int[1, 200].HashSet[0, 20].Select(numbers => numbers.OrderBy(n => n).ToArray()).Sample(sorted =>
        {
            Session[] sessions = sorted.Select(n => Session.Create(Apk, SessionNumber.Create(n), new LocalDate(1995, 3, 1).PlusDays(n * 30))).ToArray();
            SessionHistory history = SessionHistory.Create(Apk, sessions.Reverse());
            Assert.Equal(sorted, history.Select(s => s.Number.Value));
        });
}
