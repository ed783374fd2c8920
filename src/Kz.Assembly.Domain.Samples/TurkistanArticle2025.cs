using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Facilities;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Projects;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;

namespace Kz.Assembly.Domain.Samples;

/// <summary>
/// The sample data set: every figure of the 2025 Kazakh news article on the Turkistan regional Assembly
/// («Президент: Ассамблея қоғамдағы тұрақтылық пен келісімді нығайтуға өлшеусіз үлес қосты»), as domain values.
/// </summary>
/// <remarks>
/// <para>What the article does not say is left unknown rather than invented: the XXVII regional session has no
/// date, and projects have no start dates.</para>
/// <para>Two stated assumptions: the article is undated, and the latest date it names is 24 April 2025 (the XXXIV
/// national session, "this year"), so its year-to-date figures are recorded as of that day, <see cref="AsOf"/>, the
/// earliest date the text allows. The Turkistan regional assembly continues the South Kazakhstan regional assembly
/// formed with the APK, so it carries the APK's founding date.</para>
/// </remarks>
public static class TurkistanArticle2025
{
    /// <summary>Gets the date the article's year-to-date figures are recorded as of: 2025-04-24 (see remarks).</summary>
    public static LocalDate AsOf { get; } = new(2025, 4, 24);

    /// <summary>Gets the article's "since the start of the year" period: 2025-01-01 through <see cref="AsOf"/>.</summary>
    public static ReportingPeriod YearToDate { get; } = ReportingPeriod.YearToDate(AsOf);

    /// <summary>Gets the article's "this year" (биыл): the calendar year 2025.</summary>
    public static ReportingPeriod ThisYear { get; } = ReportingPeriod.CalendarYear(2025);

    /// <summary>Gets the national Assembly of People of Kazakhstan, founded 1995-03-01.</summary>
    public static AssemblyBody Apk { get; } = AssemblyBody.National(
        "apk",
        LocalizedText.Create("Қазақстан халқы Ассамблеясы", "Ассамблея народа Казахстана", "Assembly of People of Kazakhstan"),
        DomainCalendar.ApkFoundingDate);

    /// <summary>Gets the Turkistan regional Assembly (<c>apk-kz-61</c>).</summary>
    public static AssemblyBody TurkistanAssembly { get; } = AssemblyBody.Regional(Regions.Turkistan, DomainCalendar.ApkFoundingDate);

    /// <summary>Gets the regional akim, Нұралхан Көшеров.</summary>
    public static Person RegionalAkim { get; } = Person.Named("Нұралхан Көшеров", "Нуралхан Кушеров", "Nuralkhan Kusherov");

    /// <summary>Gets the deputy akim who moderated the XXVII session, Ертай Алтаев.</summary>
    public static Person DeputyAkim { get; } = Person.Named("Ертай Алтаев", "Ертай Алтаев", "Ertai Altaev");

    /// <summary>Gets the Head of State, Қасым-Жомарт Тоқаев.</summary>
    public static Person HeadOfState { get; } = Person.Named("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев", "Kassym-Jomart Tokayev");

    /// <summary>Gets the XXVII session of the Turkistan regional Assembly, «Бірлік бастауы – берекелі Түркістан».</summary>
    public static Session RegionalSession { get; } = Session.Create(
        TurkistanAssembly,
        SessionNumber.Create(27),
        date: null,
        LocalizedText.Create(
            "Бірлік бастауы – берекелі Түркістан",
            "Исток единства – благодатный Туркестан",
            "The source of unity is a prosperous Turkistan"),
        [
            SessionOfficial.Create(DeputyAkim, SessionRole.Moderator, LocalizedText.Create("Түркістан облысы әкімінің орынбасары", "заместитель акима Туркестанской области", "Deputy Akim of Turkistan Region")),
            SessionOfficial.Create(RegionalAkim, SessionRole.Speaker, LocalizedText.Create("Түркістан облысының әкімі", "аким Туркестанской области", "Akim of Turkistan Region")),
        ],
        [
            ParticipantGroup.AssemblyCouncilMembers,
            ParticipantGroup.PublicFigures,
            ParticipantGroup.DistrictAndCityAkims,
            ParticipantGroup.AssemblyStructures,
            ParticipantGroup.EthnoculturalAssociations,
            ParticipantGroup.YouthOrganisations,
        ]);

    /// <summary>Gets the XXXIV session of the national Assembly, held on 2025-04-24.</summary>
    public static Session NationalSession { get; } = Session.Create(
        Apk,
        SessionNumber.Create(34),
        new LocalDate(2025, 4, 24),
        theme: null,
        [SessionOfficial.Create(HeadOfState, SessionRole.Speaker, LocalizedText.Create("Мемлекет басшысы", "Глава государства", "Head of State"))]);

    /// <summary>Gets the data set with every figure of the article.</summary>
    public static AssemblyDataSet DataSet { get; } = Build();

    private static AssemblyDataSet Build()
    {
        var builder = new AssemblyDataSetBuilder()
            .Add(Apk)
            .Add(TurkistanAssembly)
            .Add(RegionalSession)
            .Add(NationalSession);

        foreach (LocalizedText name in ProjectNames())
        {
            builder.Add(SocialProject.Create(TurkistanAssembly, name));
        }

        Place turkistan = Place.WholeRegion(Regions.Turkistan);
        builder
            .Add(ReportedSummary.Create(
                TurkistanAssembly,
                turkistan,
                YearToDate,
                [new ActivityTally(AssemblyActivityKind.Event, QualifiedCount.Exactly(631)), new ActivityTally(AssemblyActivityKind.CharityAction, QualifiedCount.Exactly(49))],
                QualifiedCount.About(39_000)))
            .Add(ReportedSummary.Create(
                TurkistanAssembly,
                turkistan,
                YearToDate,
                [new ActivityTally(AssemblyActivityKind.OutreachMeeting, QualifiedCount.Exactly(168))],
                QualifiedCount.About(9_000),
                Audience.Residents))
            .Add(ReportedSummary.Create(
                TurkistanAssembly,
                turkistan,
                ThisYear,
                [new ActivityTally(AssemblyActivityKind.AnniversaryEvent, QualifiedCount.MoreThan(2_000))]))
            .Add(RepresentationFact.Create(Apk, Chamber.Senate, SenateRecommendations.SeatCount))
            .Add(RepresentationFact.Create(Apk, Chamber.NationalKurultai, 12))
            .Add(DeputyGroup.Create(Apk, LocalizedText.Create("Бір ел – бір мүдде", "Одна страна – один интерес", "One Country – One Interest"), isInterChamber: true))
            .Add(FriendshipHouse.Proposed(Apk, turkistan, NationalSession.Date!.Value));
        return builder.Build();
    }

    private static LocalizedText[] ProjectNames() =>
    [
        LocalizedText.Create("Салауатты сана", "Салауатты сана", "Salauatty Sana"),
        LocalizedText.Create("Адал азамат", "Адал азамат", "Adal Azamat"),
        LocalizedText.Create("Елтану", "Елтану", "Eltanu"),
        LocalizedText.Create("Мың бала", "Мың бала", "Myn Bala"),
        LocalizedText.Create("Қайырымдылық керуені", "Караван милосердия", "Charity Caravan"),
        LocalizedText.Create("Жаңа толқын", "Жаңа толқын", "Zhana Tolqyn"),
        LocalizedText.Create("Шаңырақ", "Шаңырақ", "Shanyraq"),
    ];
}
