using System;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Tests.Support;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Sessions;

public class SessionTests
{
    private static readonly AssemblyBody Apk = TurkistanArticle2025.Apk;

    [Fact]
    public void A_session_dated_1990_is_rejected_because_the_APK_did_not_exist()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(Apk, SessionNumber.Create(1), new LocalDate(1990, 5, 1)));
        Assert.Equal("date", exception.ParamName);
        Assert.Contains("1990-05-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1995-03-01", exception.Message, StringComparison.Ordinal);
        Assert.False(Session.TryCreate(Apk, SessionNumber.Create(1), new LocalDate(1990, 5, 1), null, null, null, out Session? session));
        Assert.Null(session);
    }

    [Fact]
    public void A_session_after_dissolution_is_rejected()
    {
        AssemblyBody dissolved = Apk.WithDissolution(new LocalDate(2026, 7, 1), null);
        Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(dissolved, SessionNumber.Create(35), new LocalDate(2026, 8, 1)));
        Assert.NotNull(Session.Create(dissolved, SessionNumber.Create(35), new LocalDate(2026, 6, 30)));
    }

    [Fact]
    public void The_default_session_number_is_rejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(Apk, default, new LocalDate(2025, 4, 24)));
        Assert.Equal("number", exception.ParamName);
    }

    [Fact]
    public void Duplicate_participant_groups_and_officials_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Session.Create(Apk, SessionNumber.Create(34), null, null, null, [ParticipantGroup.PublicFigures, ParticipantGroup.PublicFigures]));
        SessionOfficial official = SessionOfficial.Create(TurkistanArticle2025.HeadOfState, SessionRole.Speaker);
        Assert.Throws<ArgumentException>(() => Session.Create(Apk, SessionNumber.Create(34), null, null, [official, official]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Session.Create(Apk, SessionNumber.Create(34), null, null, null, [(ParticipantGroup)42]));
    }

    [Fact]
    public void Sessions_are_identified_by_body_and_number()
    {
        Session a = Session.Create(Apk, SessionNumber.Create(34), new LocalDate(2025, 4, 24));
        EqualityContract.Holds(a, Session.Create(Apk, SessionNumber.Create(34), null), Session.Create(Apk, SessionNumber.Create(33), null));
        Assert.Equal("apk session XXXIV (2025-04-24)", a.ToString());
    }
}
