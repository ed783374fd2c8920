using System.Linq;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>
/// Precision first (issue 21): where the reader cannot be sure whose figure it is, whether it happened or what was
/// counted, it states no fact and lists a mention saying why. Each kind of text that v2 read wrong, in sentences
/// written here for the purpose (kk, ru, en).
/// </summary>
public class PrecisionTests
{
    private static readonly LocalDate Published = new(2025, 5, 20);

    private static ReportReading Read(string text, string? culture = null, LocalDate? published = null) => ReportReader.Read(text, published ?? Published, culture);

    /// <summary>The reading states no fact of the kind, and lists a mention whose reason says why.</summary>
    private static void AssertNoFactButAMention<TFact>(ReportReading reading, string reason)
        where TFact : ReadFact
    {
        Assert.DoesNotContain(reading.Facts, f => f is TFact);
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains(reason, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Жыл басынан бері елімізде 3 мыңнан астам іс-шара өткізілді, Түркістан облыстық ҚХА отырысында айтылды.")]
    [InlineData("В Шымкенте прошло заседание: с начала года по всей стране проведено более 3 тысяч мероприятий.")]
    [InlineData("Speaking in Aktobe, the chair said that more than 3,000 events were held across the country this year.")]
    [InlineData("Turkistan Region: more than 25 thousand activities were organized across Kazakhstan this year, the deputy chairman said.")]
    [InlineData("ASTANA. The chair said that more than 25 thousand events had been held in the country since January.")]
    [InlineData("АСТАНА. В республике с начала года проведено свыше 28 тысяч мероприятий.")]
    [InlineData("Шымкент. Биыл Қазақстанда 25 мыңнан астам іс-шара өткізілді.")]
    [InlineData("Шымкент. Биыл өңірлерде 2 мыңнан астам іс-шара өткізілді, деді Ассамблея төрағасының орынбасары.")]
    [InlineData("В Актау заместитель председателя Ассамблеи сообщил, что в регионах с начала года проведено более 2 тысяч мероприятий.")]
    [InlineData("In Aktau the deputy chairman of the Assembly said that more than 2,000 events were held in the regions this year.")]
    [InlineData("ASTANA. The Secretary of State said that in the Year of the Assembly the country held about 30 thousand activities.")]
    [InlineData("Астана. Биыл ел бойынша 30 мыңға жуық іс-шара өткізілді, деді Ассамблея төрағасының орынбасары.")]
    [InlineData("The Assembly will convene its 35th session in Astana in April. This year the Assembly's regional branches held about 28,000 events.")]
    [InlineData("Сессия пройдет в Астане. С начала года региональные ассамблеи провели около 28 тысяч мероприятий.")]
    [InlineData("Сессия Астанада өтеді. Биыл облыстық ассамблеялар 28 мыңға жуық іс-шара өткізді.")]
    public void A_figure_for_the_whole_country_is_not_the_venues(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Reason.Contains("whole country", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Бәйдібек аудандық Қазақстан халқы Ассамблеясы биыл 45 іс-шара өткізді. Түркістан облысы.")]
    [InlineData("Районная ассамблея Сайрамского района Туркестанской области провела с начала года 45 мероприятий.")]
    [InlineData("Кентау қалалық ҚХА биыл 45 іс-шара ұйымдастырды, Түркістан облысы.")]
    public void A_district_or_town_assembly_gives_no_regional_or_national_figure(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Source.Phrase.Contains("45", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In Shymkent, the assembly opened a headquarters for aid at the Friendship House of Turkistan region.")]
    [InlineData("В Туркестане в Доме дружбы открылась выставка национальных ремесел.")]
    [InlineData("Түркістан облысы: Достық үйінде этномәдени бірлестіктердің көрмесі ашылды.")]
    public void A_Friendship_House_that_is_only_a_venue_is_not_opened(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadFriendshipHouse);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Name && m.Reason.Contains("place of something else", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("В Туркестанской области открыт новый Дом дружбы.")]
    [InlineData("Түркістан облысында жаңа Достық үйі ашылды.")]
    [InlineData("A new Friendship House opened in Turkistan region.")]
    public void A_Friendship_House_opened_is_still_read(string text)
    {
        ReportReading reading = Read(text);
        ReadFriendshipHouse house = Assert.IsType<ReadFriendshipHouse>(Assert.Single(reading.Facts, f => f is ReadFriendshipHouse));
        Assert.Equal("KZ-61", house.House.Place.Region.Code);
    }

    [Theory]
    [InlineData("В Шымкенте стартовала республиканская акция Ассамблеи народа Казахстана. В прошлом году в её рамках проведено 5000 мероприятий.")]
    [InlineData("Шымкентте Қазақстан халқы Ассамблеясының республикалық акциясы басталды. Өткен жылы акция аясында 5000 іс-шара өтті.")]
    [InlineData("A republican campaign of the Assembly of People of Kazakhstan started in Shymkent. Last year 5,000 events were held within it.")]
    public void A_republican_campaigns_figures_are_not_its_venues(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Source.Phrase.Contains("000", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_republican_campaign_carried_out_by_a_regional_assembly_gives_its_figures()
    {
        ReportReading reading = Read("Республиканская акция «Добро»: Ассамблея народа Казахстана Туркестанской области с начала года провела 40 благотворительных акций.");
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("apk-kz-61", summary.Summary.Reporter.Id.ToString());
    }

    [Theory]
    [InlineData("В Астане прошел семинар. Ассамблея народа Казахстана Павлодарской области с начала года провела 80 мероприятий.")]
    [InlineData("Астанада семинар өтті. Павлодар облыстық Қазақстан халқы Ассамблеясы жыл басынан бері 80 іс-шара өткізді.")]
    [InlineData("A seminar was held in Astana. The Pavlodar Regional Assembly has held 80 events since the start of the year.")]
    public void A_sentence_that_opens_with_a_regional_assembly_states_its_figures(string text)
    {
        ReportReading reading = Read(text);
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("apk-kz-55", summary.Summary.Reporter.Id.ToString());
    }

    [Theory]
    [InlineData("В апреле Ассамблея народа Казахстана Туркестанской области провела 30 мероприятий; в июне планируется еще 20.")]
    [InlineData("In April the Turkistan Regional Assembly held 30 events; in June it plans 20 more.")]
    public void A_plan_after_a_semicolon_leaves_the_counts_before_it_held(string text)
    {
        ReportReading reading = Read(text);
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("summary 2025-04 of apk-kz-61: Event 30", ReportCorpus.Describe(summary));
    }

    [Theory]
    [InlineData("The Turkistan Regional Assembly marked the 30th anniversary of the Assembly of People of Kazakhstan.")]
    [InlineData("Ассамблея народа Казахстана Туркестанской области отметила 30-летие Ассамблеи народа Казахстана.")]
    public void An_anniversary_is_of_the_assembly_named_after_it(string text)
    {
        ReportReading reading = Read(text);
        ReadAnniversary anniversary = Assert.IsType<ReadAnniversary>(Assert.Single(reading.Facts, f => f is ReadAnniversary));
        Assert.Equal("apk", anniversary.Anniversary.Body.Id.ToString());
    }

    [Theory]
    [InlineData("В Шымкенте прошла XII сессия Детской ассамблеи народа Казахстана Туркестанской области.")]
    [InlineData("Түркістан облысының Балалар ассамблеясының XII сессиясы өтті.")]
    [InlineData("The XII session of the Children's Assembly of Turkistan Region was held in Shymkent.")]
    public void A_childrens_or_student_assembly_is_not_the_Assemblys_body(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSession);
    }

    [Theory]
    [InlineData("Түркістан облыстық ҚХА: осы жылдар ішінде 300-ден астам іс-шара өтті.")]
    [InlineData("Ассамблея народа Казахстана Туркестанской области за годы работы провела более 300 мероприятий.")]
    [InlineData("Over the years, the Turkistan Regional Assembly has held more than 300 events.")]
    public void Events_over_the_years_have_no_period(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Reason.Contains("span of years", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ten members of the Council represent the Mazhilis and two are deputies of the Senate.")]
    [InlineData("В Совет входят 10 членов Совета от Мажилиса.")]
    public void Members_of_the_Council_are_not_the_Assemblys_deputies(string text)
    {
        AssertNoFactButAMention<ReadRepresentation>(Read(text), "Council");
    }

    [Fact]
    public void The_Assemblys_deputies_named_beside_its_Councils_proposal_are_still_read()
    {
        ReportReading reading = Read("Сенаттың бес депутатын Ассамблея кеңесінің ұсынысымен Президент тағайындайды.");
        ReadRepresentation representation = Assert.IsType<ReadRepresentation>(Assert.Single(reading.Facts, f => f is ReadRepresentation));
        Assert.Equal(5, representation.Fact.Members);
    }

    [Theory]
    [InlineData("В Туркестанской области в этом году планируется открыть еще три Дома дружбы.")]
    [InlineData("Түркістан облысында биыл тағы үш Достық үйін ашу жоспарлануда.")]
    [InlineData("Turkistan Region plans to open three more Friendship Houses this year.")]
    public void A_Friendship_House_planned_is_not_opened(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadFriendshipHouse);
    }

    [Fact]
    public void A_House_of_Friendship_is_a_Friendship_House()
    {
        ReportReading reading = Read("The House of Friendship has opened its doors in Kyzylorda region.");
        ReadFriendshipHouse house = Assert.IsType<ReadFriendshipHouse>(Assert.Single(reading.Facts, f => f is ReadFriendshipHouse));
        Assert.Equal("KZ-43", house.House.Place.Region.Code);
    }

    [Theory]
    [InlineData("Облыстық мәслихат жанынан «Ынтымақ» депутаттар тобы құрылды.")]
    [InlineData("В Костанайском областном маслихате создана депутатская группа «Бірлік».")]
    [InlineData("The «Birlik» deputy group was set up in the regional maslikhat.")]
    public void A_maslikhats_deputy_group_is_not_Parliaments(string text)
    {
        AssertNoFactButAMention<ReadDeputyGroup>(Read(text), "maslikhat");
    }

    [Fact]
    public void A_session_still_to_take_place_is_no_session_held()
    {
        ReportReading reading = Read("Алда өтетін Қазақстан халқы Ассамблеясының 35-ші сессиясына облыстан 40 делегат барады.");
        Assert.DoesNotContain(reading.Facts, f => f is ReadSession);
    }

    [Theory]
    [InlineData("15 ноября в Костанае прошла XXXV сессия Костанайской областной ассамблеи народа Казахстана.")]
    [InlineData("На заседании Костанайской областной ассамблеи отметили, что 15 ноября прошла XXXV сессия.")]
    public void A_region_named_by_the_adjectives_of_region_and_regional_assembly_is_that_region(string text) =>
        Assert.Equal("apk-kz-39", Assert.Single(Read(text, "ru", new LocalDate(2025, 11, 16)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("Kostanay Region's Assembly of People of Kazakhstan convened for its XXXV session on 15 November 2025.", "apk-kz-39")]
    [InlineData("The 35th session of the Kostanay region's People's Assembly took place on 15 November 2025.", "apk-kz-39")]
    [InlineData("Almaty's Assembly of People of Kazakhstan held its 30th session on 15 November.", "apk-kz-75")]
    public void A_region_in_the_English_possessive_before_the_assembly_owns_it(string text, string body) =>
        Assert.Equal(body, Assert.Single(Read(text, "en", new LocalDate(2025, 11, 16)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("15 қыркүйекте Ақтауда жаңа Достық үйі ашылды.")]
    [InlineData("Ақтау қаласында 2025 жылғы 15 қыркүйекте Достық үйінің ашылу салтанаты өтті.")]
    [InlineData("Кеше Ақтауда Достық үйі есігін айқара ашты.")]
    [InlineData("15 сентября в Актау открылся новый Дом дружбы.")]
    [InlineData("Вчера в Актау распахнул двери Дом дружбы.")]
    [InlineData("A new House of Friendship opened in Aktau on 15 September.")]
    public void A_house_opened_in_a_regional_centre_is_in_its_region(string text)
    {
        ReadFriendshipHouse house = Assert.Single(Read(text, null, new LocalDate(2025, 9, 16)).FactsOf<ReadFriendshipHouse>());
        Assert.Equal("KZ-47 2025-09-15", $"{house.House.Place.Region.Code} {house.House.OpenedOn:uuuu-MM-dd}");
    }

    [Theory]
    [InlineData("В Актау 15 лет назад открылся Дом дружбы.", "ru")]
    [InlineData("Ақтауда 15 жыл бұрын Достық үйі ашылды.", "kk")]
    [InlineData("The House of Friendship opened in Aktau 15 years ago.", "en")]
    [InlineData("Қызылорда облыстық Достық үйінің ашылғанына 10 жыл толды.", "kk")]
    [InlineData("It has been 10 years since the House of Friendship opened in Aktau.", "en")]
    public void A_house_opened_some_time_ago_is_not_dated_by_the_publication(string text, string culture) =>
        AssertNoFactButAMention<ReadFriendshipHouse>(Read(text, culture, new LocalDate(2025, 9, 16)), "some time ago");

    [Theory]
    [InlineData("ҚХА-ның отыз жылдығына орай облыста концерт өтті.", "kk")]
    [InlineData("В честь тридцатилетия Ассамблеи народа Казахстана прошел концерт.", "ru")]
    [InlineData("В честь тридцатилетия АНК в Павлодаре прошел концерт.", "ru")]
    [InlineData("Ассамблее народа Казахстана исполнилось 30 лет.", "ru")]
    [InlineData("The Assembly of People of Kazakhstan turns 30 today.", "en")]
    [InlineData("The APK celebrates its thirtieth anniversary this year.", "en")]
    [InlineData("Astana marks 30 years of the Assembly of People of Kazakhstan.", "en")]
    public void An_anniversary_in_words_or_as_an_age_reached_is_the_Assemblys(string text, string culture)
    {
        Kz.Assembly.Domain.Bodies.Anniversary anniversary = Assert.Single(Read(text, culture, new LocalDate(2025, 3, 1)).FactsOf<ReadAnniversary>()).Anniversary;
        Assert.Equal("apk 30", $"{anniversary.Body.Id} {anniversary.Years}");
    }

    [Fact]
    public void A_Kazakh_text_in_the_2018_letters_without_a_q_is_still_read_in_them() =>
        AssertNoFactButAMention<ReadAnniversary>(Read("Kezdesýlerde Táýelsizdiktiń 30 jyldyǵy Assambleıa jumysynda úlken ózgerister bolǵan jylmen tuspa-tus kelgeni aıtyldy.", null, new LocalDate(2021, 12, 10)), "years of an anniversary");

    [Theory]
    [InlineData("АНК Павлодарской области с начала года провела 300 мероприятий, в прошлом году за этот период – 250.", "ru")]
    [InlineData("АНК Павлодарской области с начала года провела 300 мероприятий против 250 за аналогичный период прошлого года.", "ru")]
    [InlineData("Павлодар облыстық ҚХА жыл басынан бері 300 іс-шара өткізді, өткен жылдың осы кезеңінде – 250.", "kk")]
    [InlineData("Павлодар облыстық ҚХА жыл басынан бері 300 іс-шара өткізді, бұл өткен жылмен салыстырғанда 50-ге артық.", "kk")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan has held 300 events since January, up from 250 in the same period last year.", "en")]
    public void A_figure_of_a_comparison_is_no_summary_of_its_own(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 10, 5)).FactsOf<ReadSummary>());
        Assert.Equal(300, Assert.Single(summary.Summary.Tallies).Count.Value);
    }

    [Theory]
    [InlineData("Last year the Kyrgyz assembly held 450 events in Bishkek. A delegation from Zhambyl Region took part.", "en")]
    [InlineData("В прошлом году кыргызская ассамблея провела 450 мероприятий. В ней участвовала делегация Жамбылской области.", "ru")]
    [InlineData("Былтыр қырғыз ассамблеясы 450 іс-шара өткізді. Оған Жамбыл облысының делегациясы қатысты.", "kk")]
    public void Another_countrys_assembly_named_by_its_adjective_gives_no_fact(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 3, 15)), "another country's assembly");

    [Fact]
    public void An_English_year_before_its_noun_is_no_count()
    {
        // «on 2025» is read as the year it is (a preposition of years before four digits), so nothing is left to count.
        ReportReading reading = Read("Shymkent Assembly reports on 2025 activities", "en", new LocalDate(2026, 1, 12));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.DoesNotContain(reading.Unplaced, mention => mention.Reason.Contains("activities", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ТАРАЗ. Областная ассамблея народа Казахстана с начала года провела 250 мероприятий.", "apk-kz-31")]
    [InlineData("ТАРАЗ. Облыстық ҚХА жыл басынан бері 250 іс-шара өткізді.", "apk-kz-31")]
    [InlineData("TARAZ. The regional Assembly of People of Kazakhstan has held 250 events since January.", "apk-kz-31")]
    public void A_regional_centres_dateline_names_the_region_of_a_text_that_names_none(string text, string body) =>
        Assert.Equal(body, Assert.Single(Read(text, null, new LocalDate(2025, 9, 1)).FactsOf<ReadSummary>()).Summary.Reporter.Id.ToString());

    [Theory]
    [InlineData("On 3 September 2025 a new House of Friendship opened in Kentau, Turkistan Region. On the same day the XXXVI session of the Assembly of People of Kazakhstan of Turkistan Region was held there.", "en")]
    [InlineData("3 сентября 2025 года в Кентау Туркестанской области открылся Дом дружбы. В тот же день там прошла XXXVI сессия Ассамблеи народа Казахстана Туркестанской области.", "ru")]
    [InlineData("2025 жылғы 3 қыркүйекте Түркістан облысының Кентау қаласында Достық үйі ашылды. Сол күні онда Түркістан облыстық ҚХА-ның XXXVI сессиясы өтті.", "kk")]
    public void On_the_same_day_is_the_day_of_the_sentence_before(string text, string culture) =>
        Assert.Equal(new LocalDate(2025, 9, 3), Assert.Single(Read(text, culture, new LocalDate(2025, 9, 4)).FactsOf<ReadSession>()).Session.Date);

    [Theory]
    [InlineData("In nine months of 2025, the Assembly of People of Kazakhstan of WKO held 390 events.", "apk-kz-27")]
    [InlineData("The Assembly of People of Kazakhstan of NKR held 390 events in 2024.", "apk-kz-59")]
    public void English_abbreviations_of_regions_name_them(string text, string body) =>
        Assert.Equal(body, Assert.Single(Read(text, "en", new LocalDate(2025, 10, 6)).FactsOf<ReadSummary>()).Summary.Reporter.Id.ToString());

    [Theory]
    [InlineData("В Павлодаре провели более 300 мероприятий\n\nС начала года АНК Павлодарской области провела 312 мероприятий.", "ru")]
    [InlineData("Павлодарда 300-ден астам іс-шара өтті\n\nЖыл басынан бері Павлодар облыстық ҚХА 312 іс-шара өткізді.", "kk")]
    [InlineData("Pavlodar Assembly held over 300 events\n\nSince January, the Pavlodar Regional Assembly of People of Kazakhstan has held 312 events.", "en")]
    public void A_headline_with_no_period_rounds_the_bodys_figure_of_its_kind(string text, string culture) =>
        Assert.Equal(312, Assert.Single(Read(text, culture, new LocalDate(2025, 10, 5)).FactsOf<ReadSummary>()).Summary.Tallies.Single().Count.Value);

    [Theory]
    [InlineData("2025 жылғы 22 сәуірде Ақтау қаласында Маңғыстау облыстық Қазақстан халқы Ассамблеясының XXVIII сессиясы өтті. Сессия «Бірлігі жарасқан Маңғыстау» тақырыбында өтті.", "kk", "Бірлігі жарасқан Маңғыстау")]
    [InlineData("22 апреля в Актау прошла XXVIII сессия Ассамблеи народа Казахстана Мангистауской области. Сессия прошла под девизом «Единство Мангистау».", "ru", "Единство Мангистау")]
    [InlineData("On 22 April the XXVIII session of the Mangystau Regional Assembly of People of Kazakhstan was held in Aktau. The session was held under the theme \"Unity of Mangystau\".", "en", "Unity of Mangystau")]
    public void A_session_named_again_without_its_number_gives_its_theme(string text, string culture, string theme) =>
        Assert.Contains(theme, Assert.Single(Read(text, culture, new LocalDate(2025, 4, 23)).FactsOf<ReadSession>()).Session.Theme is { } t ? $"{t.Kazakh} {t.Russian} {t.English}" : "", System.StringComparison.Ordinal);

    [Theory]
    [InlineData("The Aktobe Regional Assembly of People of Kazakhstan held 410 events in 2024. The Atyrau Regional Assembly of People of Kazakhstan held 290 events in the same year.", "en")]
    [InlineData("В 2024 году АНК Актюбинской области провела 410 мероприятий. АНК Атырауской области в том же году провела 290 мероприятий.", "ru")]
    [InlineData("2024 жылы Ақтөбе облыстық ҚХА 410 іс-шара өткізді. Атырау облыстық ҚХА сол жылы 290 іс-шара өткізді.", "kk")]
    public void In_the_same_year_is_the_year_of_the_sentence_before(string text, string culture) =>
        Assert.All(Read(text, culture, new LocalDate(2025, 2, 1)).FactsOf<ReadSummary>(), summary => Assert.Equal("2024", summary.Summary.Period.ToString()));

    [Fact]
    public void An_audience_of_so_many_is_the_reach() =>
        Assert.Equal(12000, Assert.Single(Read("In the first quarter of 2025 the Kostanay Regional Assembly of People of Kazakhstan held 95 events, reaching an audience of 12,000.", "en", new LocalDate(2025, 4, 6)).FactsOf<ReadSummary>()).Summary.PeopleReached!.Value.Value);

    [Theory]
    [InlineData("ASTANA — More than 1,600 people gathered in Astana on April 24 to mark the 30th anniversary of the Assembly of People of Kazakhstan.\n\nThe 34th plenary session was held under the theme of unity.", "en")]
    [InlineData("АСТАНА. 24 апреля в столице отметили 30-летие Ассамблеи народа Казахстана.\n\nXXXIV сессия прошла под девизом единства.", "ru")]
    public void A_session_in_a_capitals_report_numbered_as_the_national_one_of_that_week_is_the_national_one(string text, string culture) =>
        Assert.Equal("apk", Assert.Single(Read(text, culture, new LocalDate(2025, 4, 25)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("This year the Karaganda Regional Assembly of People of Kazakhstan held 960 events, including 210 events dedicated to the 30th anniversary of the Assembly.", "en")]
    [InlineData("В этом году Ассамблея народа Казахстана Карагандинской области провела 960 мероприятий, в том числе 210 мероприятий, посвященных 30-летию АНК.", "ru")]
    [InlineData("Биыл Қарағанды облыстық ҚХА 960 іс-шара өткізді, оның ішінде 210 іс-шара Ассамблеяның 30 жылдығына арналды.", "kk")]
    public void An_anniversary_after_a_share_marks_the_share_only(string text, string culture)
    {
        var tallies = Assert.Single(Read(text, culture, new LocalDate(2025, 12, 19)).FactsOf<ReadSummary>()).Summary.Tallies;
        Assert.Equal("Event 960, AnniversaryEvent 210", string.Join(", ", tallies.Select(t => $"{t.Kind} {t.Count}")));
    }

    [Theory]
    [InlineData("Сайрам ауданының Қазақстан халқы Ассамблеясы биыл 45 іс-шара өткізді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Сайрамского района в этом году провела 45 мероприятий.", "ru")]
    [InlineData("This year the Assembly of People of Kazakhstan of Sairam District held 45 events.", "en")]
    public void An_assembly_owned_by_a_district_is_a_districts(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 10, 1)), "district assembly");

    [Theory]
    [InlineData("Павлодар делегациясы XXXIV сессияға қатысты\n\nПавлодар облысының делегациясы Астанада өткен Қазақстан халқы Ассамблеясының XXXIV сессиясына қатысты.", "kk")]
    [InlineData("Павлодарская делегация приняла участие в XXXIV сессии\n\nДелегация Павлодарской области приняла участие в XXXIV сессии Ассамблеи народа Казахстана в Астане.", "ru")]
    public void A_delegations_session_with_no_owner_is_the_national_one(string text, string culture) =>
        Assert.All(Read(text, culture, new LocalDate(2025, 4, 25)).FactsOf<ReadSession>(), session => Assert.Equal("apk", session.Session.Body.Id.ToString()));

    [Theory]
    [InlineData("АНК города Алматы за 10 месяцев 2025 года провела 540 мероприятий. Кроме того, в ноябре в городе прошел фестиваль, который посетили более 20 тысяч горожан.", "ru")]
    [InlineData("The Almaty City Assembly of People of Kazakhstan held 540 events in ten months of 2025. In November the city also hosted a festival, which was visited by more than 20,000 people.", "en")]
    public void A_reach_in_a_relative_clause_of_one_thing_is_not_the_activities(string text, string culture) =>
        Assert.Null(Assert.Single(Read(text, culture, new LocalDate(2025, 11, 28)).FactsOf<ReadSummary>()).Summary.PeopleReached);

    [Theory]
    [InlineData("ШҚО ҚХА-ның XXXIV сессиясы өтті.", "kk")]
    [InlineData("Прошла XXXIV сессия АНК ВКО.", "ru")]
    public void A_regions_abbreviation_before_the_assembly_owns_it(string text, string culture) =>
        Assert.Equal("apk-kz-63", Assert.Single(Read(text, culture, new LocalDate(2025, 12, 13)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("Жыл басынан бері облыстық ассамблея 190 іс-шара өткізді. Ең ірісі – «Ұлытау – ұлы дала» фестивалі, оған 5 мың адам қатысты.", "kk")]
    [InlineData("С начала года ассамблея провела 190 мероприятий. Самым крупным стал фестиваль «Великая степь», его посетили 5 тысяч человек.", "ru")]
    public void People_of_one_named_event_are_no_reach_of_the_year(string text, string culture)
    {
        ReportReading reading = Read("Ұлытау облысы\n" + text, culture, new LocalDate(2025, 10, 10));
        Assert.Null(Assert.Single(reading.FactsOf<ReadSummary>()).Summary.PeopleReached);
    }

    [Fact]
    public void A_regions_bare_name_before_Assembly_in_English_owns_it() =>
        Assert.Equal("apk-kz-61", Assert.Single(Read("Turkistan Assembly holds 37th session", "en", new LocalDate(2025, 12, 6)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("В декабре состоится XXXII сессия Ассамблеи народа Казахстана Павлодарской области. К ней ассамблея подошла с результатом в 480 проведенных мероприятий.", "ru")]
    [InlineData("Желтоқсанда Павлодар облыстық ҚХА-ның XXXII сессиясы өтеді. Оған дейін ассамблея 480 іс-шара өткізді.", "kk")]
    public void The_time_of_something_to_come_dates_no_count_after_it(string text, string culture) =>
        Assert.NotEqual("2024-12", Assert.Single(Read(text, culture, new LocalDate(2025, 11, 20)).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Fact]
    public void A_headline_restating_the_bodys_number_with_another_qualifier_is_one_fact()
    {
        ReportReading reading = Read("Ақтөбе облыстық ҚХА екі жүз іс-шара өткізді\n\nБиылғы бірінші жартыжылдықта Ақтөбе облыстық ҚХА екі жүзден астам іс-шара өткізді.", "kk", new LocalDate(2025, 7, 2));
        Assert.Equal(">200", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Tallies.Single().Count.ToString());
    }

    [Fact]
    public void A_house_told_as_opened_in_the_perfect_with_no_day_is_history()
    {
        ReportReading reading = Read("Шығыс Қазақстан облысында 105 этнос өкілі тұрады. Ел бойынша ең алғашқы Достық үйі Шығыста ашылған.", "kk", new LocalDate(2014, 4, 2));
        AssertNoFactButAMention<ReadFriendshipHouse>(reading, "at a time the report does not give");
    }

    [Fact]
    public void A_session_after_a_participle_of_what_is_to_come_has_not_met()
    {
        ReportReading reading = Read("Шығыс Қазақстан облысының делегациясы Астанада 18 сәуірде туын көтеретін Қазақстан халқы Ассамблеясының XXI сессиясына сақадай сай.", "kk", new LocalDate(2014, 4, 2));
        AssertNoFactButAMention<ReadSession>(reading, "still to come");
    }

    [Theory]
    [InlineData("Speaking at the XXXIV session of the Assembly, the Head of State said: «Last year a new Friendship House opened in Turkistan Region.»")]
    [InlineData("В 2024 году в Туркестанской области открыт Дом дружбы.")]
    [InlineData("Түркістан облысында былтыр жаңа Достық үйі ашылды.")]
    public void A_Friendship_House_opened_in_a_past_period_on_no_day_is_not_dated_by_the_publication(string text)
    {
        AssertNoFactButAMention<ReadFriendshipHouse>(Read(text), "on no day the report gives");
    }

    [Theory]
    [InlineData("At the end of the year the Turkistan Regional Assembly met its active members. In total this year, 3,360 events were held.")]
    [InlineData("В конце года Ассамблея народа Казахстана Туркестанской области подвела итоги: в этом году проведено 3360 мероприятий.")]
    [InlineData("Жыл соңында Түркістан облыстық ҚХА белсенділерімен кездесті. Биыл 3360 іс-шара өткізілді.")]
    public void This_year_said_at_the_years_end_and_published_in_early_January_is_the_year_just_ended(string text)
    {
        ReportReading reading = Read(text, published: new LocalDate(2018, 1, 5));
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("2017", summary.Summary.Period.ToString());
    }

    [Fact]
    public void This_year_in_a_January_report_with_no_years_end_stays_the_publications()
    {
        ReportReading reading = Read("В этом году Ассамблея народа Казахстана Туркестанской области провела 12 мероприятий.", published: new LocalDate(2018, 1, 12));
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("2018", summary.Summary.Period.ToString());
    }

    [Theory]
    [InlineData("В сентябре Ассамблея народа Казахстана Абайской области провела 40 мероприятий, а с начала года — 310.")]
    [InlineData("In September the Abai Regional Assembly held 40 events, and since the start of the year — 310.")]
    public void A_count_after_a_dash_in_a_clause_of_its_own_takes_the_noun_of_the_clause_before(string text)
    {
        ReportReading reading = Read(text, published: new LocalDate(2025, 10, 5));
        Assert.Equal(
            ["summary 2025-09 of apk-kz-10: Event 40", "summary YTD 2025-10-05 of apk-kz-10: Event 310"],
            reading.Facts.OfType<ReadSummary>().Select(ReportCorpus.Describe));
    }

    [Theory]
    [InlineData("Today the Abai Regional Assembly, whose region was recreated in 2022, held 25 events in February.", "2025-02")]
    [InlineData("Ассамблея народа Казахстана области Абай, которая создана в 2022 году, в феврале провела 25 мероприятий.", "2025-02")]
    [InlineData("Ассамблея народа Казахстана Туркестанской области провела 25 мероприятий, которые прошли в 2024 году.", "2024")]
    public void A_relative_clause_before_the_count_gives_it_no_year(string text, string period)
    {
        ReportReading reading = Read(text, published: new LocalDate(2025, 3, 1));
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal(period, summary.Summary.Period.ToString());
    }

    [Theory]
    [InlineData("The Turkistan Regional Assembly held 380 events this year reaching more than a thousand people.", ">1000")]
    [InlineData("The Turkistan Regional Assembly held 380 events this year reaching one thousand people.", "1000")]
    [InlineData("Ассамблея народа Казахстана Туркестанской области в этом году провела 380 мероприятий с участием более одной тысячи человек.", ">1000")]
    [InlineData("Түркістан облыстық ҚХА биыл 380 іс-шара өткізді, оларға бір мыңнан астам адам қатысты.", ">1000")]
    public void One_of_a_scale_word_is_a_count(string text, string people)
    {
        ReportReading reading = Read(text);
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal(people, summary.Summary.PeopleReached?.ToString());
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Павлодарской области с начала года провела 150 мероприятий, а Ассамблея народа Казахстана Костанайской области — 120.")]
    [InlineData("Since the start of the year the Pavlodar Regional Assembly has held 150 events, while the Kostanay Regional Assembly has held 120 events.")]
    [InlineData("Жыл басынан бері Павлодар облыстық ҚХА 150 іс-шара өткізді, ал Қостанай облыстық ҚХА 120 іс-шара өткізді.")]
    public void Two_assemblies_in_one_sentence_each_state_their_own_count(string text)
    {
        ReportReading reading = Read(text, published: new LocalDate(2025, 6, 10));
        Assert.Equal(
            ["summary YTD 2025-06-10 of apk-kz-55: Event 150", "summary YTD 2025-06-10 of apk-kz-39: Event 120"],
            reading.Facts.OfType<ReadSummary>().Select(ReportCorpus.Describe));
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Атырауской области ежемесячно проводит около 30 мероприятий.")]
    [InlineData("The Atyrau Regional Assembly monthly holds about 30 events.")]
    [InlineData("Атырау облыстық ҚХА ай сайын 30-ға жуық іс-шара өткізеді.")]
    public void A_rate_adverb_a_verb_away_makes_the_count_a_rate(string text)
    {
        AssertNoFactButAMention<ReadSummary>(Read(text), "a rate");
    }

    [Fact]
    public void A_day_named_in_the_dative_is_no_rate()
    {
        ReportReading reading = Read("Түркістан облыстық ҚХА 1-10 мамыр аралығында Бірлік күніне орай 120 іс-шара өткізді.");
        Assert.Single(reading.Facts, f => f is ReadSummary);
    }

    [Fact]
    public void A_city_of_republican_significance_keeps_its_regional_assembly()
    {
        ReportReading reading = Read("Шымкент қалалық Қазақстан халқы Ассамблеясы биыл 45 іс-шара өткізді.");
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts, f => f is ReadSummary));
        Assert.Equal("apk-kz-79", summary.Summary.Reporter.Id.ToString());
    }

    [Theory]
    [InlineData("В Москве Ассамблея народов России провела 120 мероприятий с начала года, сообщили в Туркестанской области.")]
    [InlineData("Ресей Федерациясында биыл 120 іс-шара өтті, деп хабарлады Түркістан облыстық ҚХА.")]
    [InlineData("В Омской области с начала года проведено 120 мероприятий по укреплению дружбы народов.")]
    public void Another_countrys_body_or_region_gives_no_fact(string text)
    {
        ReportReading reading = Read(text);
        Assert.Empty(reading.Facts.OfType<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Source.Phrase == "120");
    }

    [Theory]
    [InlineData("Туркестанская областная ассамблея: XXVIII сессия состоится 30 мая.")]
    [InlineData("Түркістан облыстық ҚХА-ның XXVIII сессиясы мамыр айының соңында өтеді.")]
    [InlineData("The XXVIII session of the Turkistan Regional Assembly will be held on 30 May.")]
    [InlineData("В преддверии предстоящей XXVIII сессии Ассамблеи Туркестанской области прошли встречи.")]
    [InlineData("На 30 мая намечена XXVIII сессия Ассамблеи народа Казахстана Абайской области.")]
    public void A_session_still_to_come_is_not_a_session_held(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSession);
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Reason.Contains("to come", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Түркістан облысында биыл 200 отбасыға көмек көрсетілді.", "отбасыға")]
    [InlineData("Түркістан облысында 100-ден астам этнос өкілдері тұрады.", "этнос")]
    [InlineData("В Туркестанской области действуют 60 этнокультурных объединений.", "объединений")]
    [InlineData("Түркістан облыстық ҚХА биыл 10 жоба іске асырды.", "жоба")]
    [InlineData("In Turkistan Region, 350 families received help this year.", "families")]
    public void Things_counted_that_are_neither_activities_nor_people_are_mentions(string text, string noun)
    {
        ReportReading reading = Read(text);
        Assert.Empty(reading.Facts.OfType<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Kind == MentionKind.Uncertain && m.Reason.Contains(noun, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_ethnic_groups_does_not_reach_for_the_activity_beyond_it()
    {
        ReportReading reading = Read("Түркістан облысында 100-ден астам этнос өкілдері қатысқан 50 іс-шара өтті.");
        ReadSummary summary = Assert.IsType<ReadSummary>(Assert.Single(reading.Facts));
        Assert.Equal(50, Assert.Single(summary.Summary.Tallies).Count.Value);
    }

    [Theory]
    [InlineData("Туркистон вилоятида 39 минг нафар одам иштирок этди. Ўзбекистон ҳақида.", "uz")]
    [InlineData("Die Versammlung in Turkistan hat 39 Veranstaltungen durchgeführt und dafür Straße gesperrt.", "de")]
    public void A_language_the_reader_does_not_read_gives_no_fact_and_says_so(string text, string language)
    {
        ReportReading reading = Read(text);
        Assert.Equal(language, reading.Language);
        Assert.Empty(reading.Facts);
        Assert.Equal(MentionKind.Language, Assert.Single(reading.Unplaced).Kind);
    }

    [Fact]
    public void A_language_given_that_the_reader_does_not_read_is_not_read_as_Russian()
    {
        // Tatar: no profile is registered for it (a Kyrgyz one is, in these tests, with its reading words).
        ReportReading reading = Read("Түркістан облысында 39 миңге жакын адам катышты.", "tt");
        Assert.Equal("tt", reading.Language);
        Assert.Empty(reading.Facts);
    }

    [Theory]
    [InlineData("Қызылорда облыстық Қазақстан халқы Ассамблеясы\n2024-жылы 450 іс-шара өткізілді.", "2024: Event 450")]
    [InlineData("Қызылорда облыстық Қазақстан халқы Ассамблеясы\n2024 жылы 1998-ге жуық мәдени іс-шара өткізілді.", "2024: CulturalEvent ~1998")]
    [InlineData("Ассамблея народа Казахстана Кызылординской области\nВ 2024 г. проведено 450 мероприятий.", "2024: Event 450")]
    public void A_year_joined_by_a_hyphen_is_a_year_and_a_dative_count_in_the_years_range_is_a_count(string text, string figures)
    {
        // «1998-ге» starts with г, the abbreviation of год, and is no «1998 г.»: it is about 1998 events.
        ReadSummary summary = Assert.Single(Read(text, published: new LocalDate(2025, 1, 15)).FactsOf<ReadSummary>());
        Assert.Equal(figures, $"{summary.Summary.Period}: {string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}"))}");
    }

    [Theory]
    [InlineData("The XXXV session of the Assembly\n\nThe XXXV session of the Assembly of People of Kazakhstan will be held in Astana on 28 April.")]
    [InlineData("XXXV сессия Ассамблеи\n\nXXXV сессия Ассамблеи народа Казахстана состоится 28 апреля в Астане.")]
    public void A_headline_naming_a_session_the_report_says_is_coming_states_no_session_held(string text)
    {
        ReportReading reading = Read(text);
        Assert.Empty(reading.FactsOf<ReadSession>());
        Assert.Contains(reading.Unplaced, mention => mention.Reason.Contains("still to come", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2025 — 631 / 49 …")]
    public void An_empty_or_letterless_text_has_no_language(string text)
    {
        ReportReading reading = Read(text);
        Assert.Equal("und", reading.Language);
        Assert.Empty(reading.Facts);
    }

    [Theory]
    [InlineData("Deputy Chairman of the Assembly Zhanseit Tuimebayev said at the XVIII session of the People's Assembly of Nur-Sultan.", "en")]
    [InlineData("Заместитель председателя Ассамблеи Жансеит Туймебаев выступил на XVIII сессии Ассамблеи народа Казахстана города Нур-Султана.", "ru")]
    [InlineData("Ассамблея төрағасының орынбасары Жансейіт Түймебаев Нұр-Сұлтан қаласы Қазақстан халқы Ассамблеясының XVIII сессиясында сөйледі.", "kk")]
    public void A_session_belongs_to_the_assembly_its_phrase_names_not_to_a_speakers_title(string text, string culture)
    {
        ReadSession session = Assert.Single(Read(text, culture, new LocalDate(2019, 6, 28)).FactsOf<ReadSession>());
        Assert.Equal("apk-kz-71", session.Session.Body.Id.ToString());
    }

    [Theory]
    [InlineData("Нұр-Сұлтан қаласының Қазақстан халқы Ассамблеясы 2020 жылы 120 іс-шара өткізді.", "kk")]
    [InlineData("Ассамблея народа Казахстана города Нур-Султана в 2020 году провела 120 мероприятий.", "ru")]
    [InlineData("The Assembly of People of Kazakhstan of Nur-Sultan held 120 events in 2020.", "en")]
    public void The_capitals_name_of_the_day_is_the_capital_in_every_case(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2021, 1, 20)).FactsOf<ReadSummary>());
        Assert.Equal("apk-kz-71", summary.Summary.Reporter.Id.ToString());
    }

    [Theory]
    [InlineData("House of Friendship opened in Karaganda\n\nFor the first time the new building hosted the XVIII session of the People's Assembly of Kazakhstan.", "en")]
    [InlineData("В Караганде открылся Дом дружбы\n\nВ новом здании впервые прошла XVIII сессия Ассамблеи народа Казахстана.", "ru")]
    [InlineData("Қарағандыда Достық үйі ашылды\n\nЖаңа ғимаратта алғаш рет Қазақстан халқы Ассамблеясының XVIII сессиясы өтті.", "kk")]
    public void A_session_held_with_no_day_whose_national_number_met_years_before_is_a_mention(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2015, 12, 21)), "met long before the report");

    [Theory]
    [InlineData("Алматы облысында Мемлекет басшысының Қазақстан халқы Ассамблеясының XXXIV сессиясында берген тапсырмалары талқыланды.", "kk")]
    [InlineData("В Алматинской области обсудили поручения Главы государства, данные на XXXIV сессии Ассамблеи народа Казахстана.", "ru")]
    [InlineData("In Almaty Region the tasks the Head of State set at the XXXIV session of the Assembly of People of Kazakhstan were discussed.", "en")]
    public void A_national_session_a_regional_report_recalls_stays_the_national_one(string text, string culture)
    {
        ReadSession session = Assert.Single(Read(text, culture, new LocalDate(2025, 9, 9)).FactsOf<ReadSession>());
        Assert.Equal("apk", session.Session.Body.Id.ToString());
    }

    [Theory]
    [InlineData("Өскеменде 2025 жылдың 14 қарашасында Шығыс Қазақстан облыстық Қазақстан халқы Ассамблеясының XXXI сессиясы өтті.", "kk")]
    [InlineData("Өскеменде 14 қарашасында Шығыс Қазақстан облыстық Қазақстан халқы Ассамблеясының XXXI сессиясы өтті.", "kk")]
    [InlineData("Óskemende 2025 jyldyń 14 qarashasynda Shyǵys Qazaqstan oblystyq Qazaqstan halqy Assambleıasynyń XXXI sessııasy ótti.", "kk-Latn")]
    public void A_kazakh_day_with_its_month_in_the_possessive_dates_the_session(string text, string culture)
    {
        ReadSession session = Assert.Single(Read(text, culture, new LocalDate(2025, 11, 15)).FactsOf<ReadSession>());
        Assert.Equal(new LocalDate(2025, 11, 14), session.Session.Date);
    }

    [Theory]
    [InlineData("Ақмола облыстық ҚХА.\nСәуір айында Көкшетау қаласының 200 жылдығы аясында іс-шаралар өтті.", "kk")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области.\nВ апреле в рамках 200-летия Кокшетау прошли мероприятия.", "ru")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan.\nIn April events for the 200th anniversary of Kokshetau were held.", "en")]
    public void More_years_than_an_assembly_has_are_anothers_anniversary_not_a_count(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2024, 5, 15));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Empty(reading.FactsOf<ReadAnniversary>());
    }

    [Theory]
    [InlineData("Ақмола облыстық ҚХА биыл 30 мерейтойлық іс-шара өткізді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области в этом году провела 30 юбилейных мероприятий.", "ru")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan held 30 anniversary events this year.", "en")]
    public void An_anniversary_adjective_before_counted_activities_leaves_the_number_a_count(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2024, 5, 15));
        Assert.Empty(reading.FactsOf<ReadAnniversary>());
        Assert.Equal(30, Assert.Single(Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Tallies).Count.Value);
    }

    [Theory]
    [InlineData("Былтыр Павлодар облыстық ҚХА 410 іс-шара өткізді, оның ішінде 25 мерейтойлық іс-шара.", "kk")]
    [InlineData("В прошлом году ассамблея Павлодарской области провела 410 мероприятий, в том числе 25 юбилейных мероприятий.", "ru")]
    [InlineData("Last year the Pavlodar Regional Assembly of People of Kazakhstan held 410 events, including 25 anniversary events.", "en")]
    public void Anniversary_events_among_events_are_a_tally_of_their_own(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 1, 20)).FactsOf<ReadSummary>());
        Assert.Equal("Event 410, AnniversaryEvent 25", string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}")));
    }

    [Theory]
    [InlineData("Павлодар облыстық ҚХА 25 мектепте іс-шара өткізді.", "kk")]
    [InlineData("Павлодар облыстық ҚХА № 25 мектепте іс-шара өткізді.", "kk")]
    [InlineData("В 25 школах области ассамблея Павлодарской области провела мероприятия.", "ru")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области провела мероприятие в школе № 25.", "ru")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held an event at school #25.", "en")]
    public void Places_counted_or_numbered_before_activities_count_no_activities(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 5, 15)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Павлодар облыстық ҚХА биыл 2 сессия өткізді.", "kk")]
    [InlineData("Ассамблея Павлодарской области провела 4 заседания совета и 2 сессии.", "ru")]
    [InlineData("The Pavlodar Regional Assembly held 4 council meetings and 2 sessions.", "en")]
    public void A_bare_number_of_sessions_counts_them_and_names_none(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2025, 5, 15)), "count of sessions");

    [Theory]
    [InlineData("Павлодар облыстық ҚХА 2025 жылдың 1-жартыжылдығында 230 іс-шара өткізді.", "kk", "2025-01-01/2025-06-30")]
    [InlineData("Павлодар облыстық ҚХА 2024 жылдың 2-жартыжылдығында 230 іс-шара өткізді.", "kk", "2024-07-01/2024-12-31")]
    [InlineData("В 1-м полугодии 2025 года ассамблея Павлодарской области провела 230 мероприятий.", "ru", "2025-01-01/2025-06-30")]
    [InlineData("In H1 2025 the Pavlodar Regional Assembly held 230 events.", "en", "2025-01-01/2025-06-30")]
    public void A_half_year_joined_to_its_digit_is_that_half(string text, string culture, string period) =>
        Assert.Equal(period, Assert.Single(Read(text, culture, new LocalDate(2025, 7, 15)).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Theory]
    [InlineData("Если бы не карантин, ассамблея Павлодарской области провела бы 200 мероприятий.", "ru")]
    [InlineData("Ассамблея Павлодарской области должна провести 200 мероприятий.", "ru")]
    [InlineData("Павлодар облыстық ҚХА 200 іс-шара өткізуі тиіс.", "kk")]
    [InlineData("The Pavlodar Regional Assembly aims to hold 200 events.", "en")]
    [InlineData("The Pavlodar Regional Assembly must hold 200 events.", "en")]
    public void Activities_an_assembly_would_or_must_hold_are_not_held(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 4, 28)), "planned");

    [Theory]
    [InlineData("Библиотеки Павлодарской области к 30-летию АНК провели 50 мероприятий.", "ru")]
    [InlineData("Министерство культуры в рамках года Ассамблеи народа Казахстана провело 50 мероприятий в Павлодарской области.", "ru")]
    [InlineData("Павлодар облысының мәдениет басқармасы ҚХА-ның 30 жылдығына орай 50 іс-шара өткізді.", "kk")]
    [InlineData("Павлодар облысының кітапханалары ҚХА-ның 30 жылдығына орай 50 іс-шара өткізді.", "kk")]
    [InlineData("The Ministry of Culture held 50 events in Pavlodar region for the Assembly's 30th anniversary.", "en")]
    public void An_assembly_named_only_as_the_occasion_does_not_make_another_organisers_figures_its_own(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 4, 28)), "another organiser");

    [Theory]
    [InlineData("Павлодар облыстық ҚХА Ассамблеяның 30 жылдығына орай 50 іс-шара өткізді.", "kk")]
    [InlineData("К 30-летию АНК ассамблея Павлодарской области провела 50 мероприятий.", "ru")]
    [InlineData("The Pavlodar Regional Assembly held 50 events for the 30th anniversary of the Assembly.", "en")]
    public void An_assembly_marking_the_Assemblys_anniversary_keeps_its_figures_and_the_anniversary(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 4, 28));
        Assert.Equal("apk-kz-55", Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Reporter.Id.ToString());
        Assert.Single(reading.FactsOf<ReadAnniversary>());
    }

    [Theory]
    [InlineData("Ақтөбе облыстық ҚХА-ның 2025 жылғы 9 айдағы көрсеткіштері:\n– іс-шаралар саны: 310;\n– қатысушылар: 52 мыңнан астам.", "kk")]
    [InlineData("Ассамблея Актюбинской области за 9 месяцев 2025 года: мероприятий – 310, участников – более 52 тысяч.", "ru")]
    [InlineData("Aktobe Regional Assembly of People of Kazakhstan, nine months of 2025: events: 310; participants: over 52,000.", "en")]
    public void A_list_of_labelled_figures_is_read_under_its_heading(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 10, 5)).FactsOf<ReadSummary>());
        Assert.Equal("2025-01-01/2025-09-30 Event 310 People >52000", $"{summary.Summary.Period} {string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}"))} {summary.Summary.Audience} {summary.Summary.PeopleReached}");
    }

    [Theory]
    [InlineData("«В прошлом году мы провели 520 мероприятий», – сказал заместитель председателя ассамблеи народа Казахстана Западно-Казахстанской области.", "ru")]
    [InlineData("«Былтыр 520 іс-шара өткіздік», - деді Батыс Қазақстан облыстық ҚХА төрағасының орынбасары.", "kk")]
    [InlineData("\"Last year we held 520 events,\" said the deputy chairman of the West Kazakhstan Regional Assembly of People of Kazakhstan.", "en")]
    public void A_speakers_quoted_words_are_read_as_text_not_as_a_name(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 2, 10)).FactsOf<ReadSummary>());
        Assert.Equal("2024 apk-kz-27 520", $"{summary.Summary.Period} {summary.Summary.Reporter.Id} {summary.Summary.Tallies.Single().Count}");
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Костанайской области.\n– Сколько мероприятий провела ассамблея в этом году?\n– Более 250.", "ru")]
    [InlineData("Қостанай облыстық ҚХА.\n– Биыл ассамблея қанша іс-шара өткізді?\n– 250-ден астам.", "kk")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan.\n– How many events did the assembly hold this year?\n– More than 250.", "en")]
    public void An_answer_counts_what_its_question_asked(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 10, 10)).FactsOf<ReadSummary>());
        Assert.Equal("2025 Event >250", $"{summary.Summary.Period} {summary.Summary.Tallies.Single().Kind} {summary.Summary.Tallies.Single().Count}");
    }

    [Theory]
    [InlineData("Ассамблея Павлодарской области каждый год проводит 300 мероприятий.", "ru")]
    [InlineData("Ассамблея Павлодарской области обычно проводит около 300 мероприятий в год.", "ru")]
    [InlineData("Ассамблея Павлодарской области проводит 300 мероприятий.", "ru")]
    [InlineData("Павлодар облыстық ҚХА жыл сайын 300-ден астам іс-шара өткізеді.", "kk")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan holds 300 events every year.", "en")]
    public void What_an_assembly_does_every_year_or_is_doing_is_no_total(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 1)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Ассамблея народа Казахстана Павлодарской области с начала года провела 300 мероприятий. Для сравнения, в Карагандинской области проведено 400 мероприятий.", "ru")]
    [InlineData("Павлодар облыстық ҚХА жыл басынан бері 300 іс-шара өткізді. Салыстыру үшін, Қарағанды облысында 400 іс-шара өтті.", "kk")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 300 events this year. In Karaganda Region, 400 events were held.", "en")]
    public void Figures_placed_in_another_region_are_not_the_report_assemblys(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 6, 1));
        Assert.Equal(300, Assert.Single(Assert.Single(reading.FactsOf<ReadSummary>()).Summary.Tallies).Count.Value);
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("another region", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("В 2026 году АНК Жамбылской области планирует провести 400 мероприятий. В 2025 году было проведено 380.", "ru")]
    [InlineData("2026 жылы Жамбыл облыстық ҚХА 400 іс-шара өткізуді жоспарлап отыр. 2025 жылы өткізілгені 380.", "kk")]
    [InlineData("The Zhambyl Regional Assembly of People of Kazakhstan plans 400 events for 2026. In 2025 it held 380.", "en")]
    public void A_number_ending_its_sentence_counts_what_the_sentence_before_counted(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2026, 1, 15)).FactsOf<ReadSummary>());
        Assert.Equal("2025 Event 380", $"{summary.Summary.Period} {summary.Summary.Tallies.Single().Kind} {summary.Summary.Tallies.Single().Count}");
    }

    [Theory]
    [InlineData("Павлодар облыстык КХА биыл 300 ис-шара откизди.", "apk-kz-55")]
    [InlineData("Шыгыс Казакстан облысында биыл 300 ис-шара откизилди.", "apk-kz-63")]
    public void Kazakh_typed_without_its_letters_is_read(string text, string body) =>
        Assert.Equal(body, Assert.Single(Read(text, null, new LocalDate(2025, 10, 1)).FactsOf<ReadSummary>()).Summary.Reporter.Id.ToString());

    [Theory]
    [InlineData("Алматы қалалық ҚХА биыл 230 іс-шара өткізді. Оларға 40 мыннан астам адам қатысты.", "People >40000")]
    [InlineData("Алматы қалалық ҚХА биыл 230 іс-шара өткізді. Оларға 40 мыңға жуык адам қатысты.", "People ~40000")]
    [InlineData("Almaty qalalyq QHA bıyl 230 is-şara ötkızdı. Olarğa 40 myñnan astam qala turğyny qatysty.", "Residents >40000")]
    [InlineData("Almaty qalalyq QHA bıyl 230 is-şara ötkızdı. Olarğa 40 mynnan astam qala turgyny qatysty.", "Residents >40000")]
    public void A_reach_typed_without_kazakhs_letters_or_marks_is_read(string text, string reach)
    {
        ReadSummary summary = Assert.Single(Read(text, null, new LocalDate(2025, 10, 1)).FactsOf<ReadSummary>());
        Assert.Equal(reach, $"{summary.Summary.Audience} {summary.Summary.PeopleReached}");
    }

    [Theory]
    [InlineData("Түркістан облыстық ҚХА 2025 жылы 480 іс-шара өткізді, оған 75 мыйнан астам адам қатысты.", "kk")]
    public void A_count_whose_unit_is_unknown_before_its_qualifier_is_no_count(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2026, 1, 15)).FactsOf<ReadSummary>());
        Assert.Null(summary.Summary.PeopleReached);
    }

    [Theory]
    [InlineData("В этом году Ассамблея народа Казахстана отмечает свое 30-летие.", "ru")]
    [InlineData("Биыл Қазақстан халқы Ассамблеясы еліміздің барлық өңірлерінде өзінің 30 жылдығын атап өтеді.", "kk")]
    [InlineData("Over 1,000 associations work under the Assembly of People of Kazakhstan, which marks its 30th anniversary this year.", "en")]
    public void An_anniversary_after_a_possessive_is_the_assembly_named_before_it(string text, string culture) =>
        Assert.Equal(2025, Assert.Single(Read(text, culture, new LocalDate(2025, 3, 1)).FactsOf<ReadAnniversary>()).Anniversary.Year);

    [Theory]
    [InlineData("Ақмола облыстық ҚХА.\nСәуір айында 50 іс-шара басталады.", "kk")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области.\nВ апреле начнутся 50 мероприятий.", "ru")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan.\nIn April 50 events will begin.", "en")]
    public void Activities_that_will_begin_are_planned_not_held(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2024, 1, 15)), "planned");

    [Theory]
    [InlineData("На XX сессии Ассамблеи Казахстана в Астане Мангистау представят 50 делегатов.", "ru")]
    [InlineData("Делегаты области примут участие в XXXIV сессии Ассамблеи народа Казахстана.", "ru")]
    [InlineData("XXXIV сессияға облыстан 40 делегат қатысады.", "kk")]
    [InlineData("Forty delegates of the region will attend the XXXIV session of the Assembly of People of Kazakhstan.", "en")]
    public void A_session_a_delegation_will_attend_is_still_to_come(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2013, 4, 20)), "still to come");

    [Fact]
    public void A_quoted_name_closing_the_session_phrase_is_its_theme()
    {
        ReadSession session = Assert.Single(Read("15 ноября в Костанае прошла XXX сессия ассамблеи народа Казахстана Костанайской области «Единство – наша сила».", "ru", new LocalDate(2025, 11, 16)).FactsOf<ReadSession>());
        Assert.Equal("Единство – наша сила", session.Session.Theme!.Russian);
    }

    [Fact]
    public void A_held_session_and_a_regional_figure_are_still_read()
    {
        ReportReading reading = Read("Түркістан облыстық Қазақстан халқы Ассамблеясының XXVII сессиясы өтті. Жыл басынан бері облыста 631 іс-шара өткізілді.");
        Assert.Single(reading.Facts.OfType<ReadSession>());
        Assert.Single(reading.Facts.OfType<ReadSummary>());
    }

    [Fact]
    public void Several_reports_in_one_text_give_each_figure_to_its_own_reports_body()
    {
        // A feed: a Turkistan report, then a Karaganda one. v2 gave the second report's figures to Turkistan.
        const string feed = """
            Түркістан облыстық ҚХА жыл басынан бері 631 іс-шара өткізді.

            В Карагандинской области с начала года проведено 212 мероприятий, охват составил около 15 тысяч человек.

            Ассамблея народа Казахстана Павлодарской области провела 48 встреч.
            """;
        ReportReading reading = ReportReader.Read(feed, Published);
        var summaries = reading.Facts.OfType<ReadSummary>().ToDictionary(s => s.Summary.Tallies[0].Count.Value, s => s.Summary.Reporter.Id.ToString());
        Assert.Equal("apk-kz-61", summaries[631]);
        Assert.Equal("apk-kz-35", summaries[212]);
        Assert.Equal("apk-kz-55", summaries[48]);
    }

    [Fact]
    public void A_region_named_later_in_a_paragraph_does_not_switch_the_report()
    {
        const string report = "Түркістан облыстық ҚХА жыл басынан бері 631 іс-шара өткізді.\n\nОблыс делегациясы Қарағанды облысында болып, 12 кездесу өткізді.";
        ReportReading reading = ReportReader.Read(report, Published);
        Assert.All(reading.Facts.OfType<ReadSummary>(), s => Assert.Equal("apk-kz-61", s.Summary.Reporter.Id.ToString()));
    }

    [Theory]
    [InlineData("Түркістан облыстық ҚХА биыл 25 іс-шара өткізіп, оларға 3 мыңға жуық түркістандықтар қатысты.")]
    [InlineData("Шымкент қалалық ҚХА 25 іс-шара өткізді, оған 3 мыңға жуық шымкенттіктер қатысты.")]
    [InlineData("Ассамблея Карагандинской области провела 25 мероприятий, в них приняли участие около 3 тысяч карагандинцев.")]
    [InlineData("Ассамблея Туркестанской области провела 25 мероприятий, в них приняли участие около 3 тысяч сельчан.")]
    public void Residents_named_by_their_town_are_the_reach(string text)
    {
        ReadSummary summary = Assert.Single(Read(text).Facts.OfType<ReadSummary>());
        Assert.Equal(3000, summary.Summary.PeopleReached!.Value.Value);
        Assert.Equal(Kz.Assembly.Domain.Metrics.Audience.Residents, summary.Summary.Audience);
    }

    [Fact]
    public void Months_are_not_townspeople()
    {
        ReportReading reading = Read("Ассамблея Туркестанской области за 3 месяцев провела 25 мероприятий.");
        Assert.Null(Assert.Single(reading.Facts.OfType<ReadSummary>()).Summary.PeopleReached);
    }

    [Theory]
    [InlineData("Turkistan Regional Assembly held the EXPO-2017 festive event for the Day of Unity.")]
    [InlineData("Turkistan Regional Assembly: the Expo 2017 festive event gathered guests.")]
    [InlineData("Түркістан облыстық ҚХА «Астана-2030» форумына арналған іс-шара өткізді.")]
    [InlineData("В Туркестанской области прошло мероприятие ЭКСПО-2017.")]
    public void A_number_in_a_name_or_a_year_is_never_a_count(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts.OfType<ReadSummary>(), s => s.Summary.Tallies.Any(t => t.Count.Value is 2017 or 2030));
    }

    [Fact]
    public void A_year_in_a_period_still_dates_the_count()
    {
        ReadSummary summary = Assert.Single(Read("Түркістан облыстық ҚХА 2024 жылы 40 іс-шара өткізді.").Facts.OfType<ReadSummary>());
        Assert.Equal(40, Assert.Single(summary.Summary.Tallies).Count.Value);
        Assert.Equal(2024, summary.Summary.Period.Interval.Start.Year);
    }

    [Theory]
    [InlineData("Ассамблея Туркестанской области с начала года провела 50 мероприятий и 20 встреч, в которых приняли участие 3 тысячи человек.")]
    [InlineData("Turkistan Regional Assembly held 50 events and 20 meetings this year, which were attended by 3,000 residents.")]
    public void A_reach_in_a_relative_clause_belongs_to_the_count_just_before_it(string text)
    {
        ReadSummary[] summaries = [.. Read(text).Facts.OfType<ReadSummary>()];
        Assert.Equal(2, summaries.Length);
        Assert.Null(summaries[0].Summary.PeopleReached);
        Assert.Equal(50, Assert.Single(summaries[0].Summary.Tallies).Count.Value);
        Assert.Equal(Kz.Assembly.Domain.Activities.AssemblyActivityKind.OutreachMeeting, Assert.Single(summaries[1].Summary.Tallies).Kind);
        Assert.Equal(3000, summaries[1].Summary.PeopleReached!.Value.Value);
    }

    [Fact]
    public void A_reach_of_the_whole_sentence_stays_joint()
    {
        ReadSummary summary = Assert.Single(Read("Ассамблея Туркестанской области с начала года провела 50 мероприятий и 20 встреч, охват составил 3 тысячи человек.").Facts.OfType<ReadSummary>());
        Assert.Equal(2, summary.Summary.Tallies.Length);
        Assert.Equal(3000, summary.Summary.PeopleReached!.Value.Value);
    }

    [Theory]
    [InlineData("В течение года этномедиаторы Ассамблеи Туркестанской области урегулировали 15 споров.", 15)]
    [InlineData("Түркістан облыстық ҚХА жанындағы медиация кабинеті биыл 12 дауды бітімгерлікпен шешті.", 12)]
    [InlineData("Mediators of the Turkistan Regional Assembly settled 9 disputes this year.", 9)]
    [InlineData("Советы медиации Ассамблеи Туркестанской области в этом году рассмотрели 14 обращений граждан.", 14)]
    [InlineData("Түркістан облыстық ҚХА медиация кеңестері биыл азаматтардың 14 өтінішін қарады.", 14)]
    [InlineData("The mediation councils of the Turkistan Regional Assembly considered 14 appeals from citizens this year.", 14)]
    public void Disputes_settled_by_mediators_are_ethnomediation_cases(string text, long cases)
    {
        ReadSummary summary = Assert.Single(Read(text).Facts.OfType<ReadSummary>());
        ActivityTallyAssert(summary, Kz.Assembly.Domain.Activities.AssemblyActivityKind.EthnomediationCase, cases);
    }

    [Theory]
    [InlineData("АНК Костанайской области в 2024 году провела 300 мероприятий. Проведено 14 обучающих семинаров для медиаторов, в которых приняли участие 320 человек.", "ru")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan held 300 events in 2024. It also ran 14 training seminars for mediators, which were attended by 320 people.", "en")]
    public void A_reach_in_a_relative_clause_after_things_no_activity_is_theirs(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 1, 28));
        Assert.Null(Assert.Single(reading.FactsOf<ReadSummary>()).Summary.PeopleReached);
        Assert.Contains(reading.Unplaced, mention => mention.Reason.Contains("no activity the reader knows", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Павлодар облыстық ҚХА биыл 35 мың адамға көмек көрсетіп, 620 мыңнан астам адамның қатысуымен 2,5 мың қайырымдылық шарасын ұйымдастырды.", "kk")]
    [InlineData("Pavlodar oblystyq QHA bıyl 35 myń adamǵa kómek kórsetip, 620 myńnan astam adamnyń qatysýymen 2,5 myń qaıyrymdylyq sharasyn uıymdastyrdy.", "kk-Latn")]
    [InlineData("АНК Павлодарской области в этом году оказала помощь 35 тысячам человек и провела 2,5 тысячи благотворительных акций, в которых приняли участие более 620 тысяч человек.", "ru")]
    [InlineData("This year the Pavlodar Regional Assembly of People of Kazakhstan helped 35,000 people and held 2,500 charity actions attended by more than 620,000 people.", "en")]
    public void Of_two_counts_of_people_the_one_taking_part_is_the_reach(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 1));
        ReadSummary summary = Assert.Single(reading.FactsOf<ReadSummary>());
        Assert.Equal("CharityAction 2500 >620000", $"{summary.Summary.Tallies.Single().Kind} {summary.Summary.Tallies.Single().Count} {summary.Summary.PeopleReached}");
        Assert.Contains(reading.Unplaced, mention => mention.Reason.Contains("helped", System.StringComparison.Ordinal) && mention.Source.Phrase.Contains("35", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Жамбыл облыстық ҚХА биыл 10 кездесу ұйымдастырып, «Менің елім, Менің Қазақстаным!» тимбилдингіне 200 жас тартылған.", "kk")]
    [InlineData("АНК Жамбылской области в этом году провела 10 встреч, а в тимбилдинге «Моя страна!» приняли участие 200 молодых людей.", "ru")]
    public void People_of_an_event_named_after_the_activities_are_not_their_reach(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2024, 12, 20));
        ReadSummary summary = Assert.Single(reading.FactsOf<ReadSummary>());
        Assert.Equal(10, summary.Summary.Tallies.Single().Count.Value);
        Assert.Null(summary.Summary.PeopleReached);
        Assert.Contains(reading.Unplaced, mention => mention.Reason.Contains("event named before them", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Disputes_without_mediation_are_no_activity()
    {
        ReportReading reading = Read("В Туркестанской области в суде рассмотрено 15 споров.");
        Assert.Empty(reading.Facts.OfType<ReadSummary>());
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Абайской области с начала года провела 70 мероприятий.", "apk-kz-10")]
    [InlineData("Ассамблея народа Казахстана Улытауской области с начала года провела 70 мероприятий.", "apk-kz-62")]
    public void The_new_regions_adjectives_are_Kazakhstans_regions(string text, string body)
    {
        ReadSummary summary = Assert.Single(Read(text).Facts.OfType<ReadSummary>());
        Assert.Equal(body, summary.Summary.Reporter.Id.ToString());
    }

    private static void ActivityTallyAssert(ReadSummary summary, Kz.Assembly.Domain.Activities.AssemblyActivityKind kind, long count)
    {
        var tally = Assert.Single(summary.Summary.Tallies);
        Assert.Equal(kind, tally.Kind);
        Assert.Equal(count, tally.Count.Value);
    }

    [Theory]
    [InlineData("Since 1995, 33 sessions of the Assembly of People of Kazakhstan have been held.")]
    [InlineData("С 1995 года проведено 33 сессий Ассамблеи народа Казахстана.")]
    [InlineData("1995 жылдан бері Қазақстан халқы Ассамблеясының 33 сессиялары өтті.")]
    public void A_bare_count_before_the_plural_counts_sessions_and_names_none(string text)
    {
        AssertNoFactButAMention<ReadSession>(Read(text), "a count of sessions");
    }

    [Theory]
    [InlineData("The Assembly of People of Kazakhstan held its 33rd session.", "XXXIII")]
    [InlineData("Состоялась 33-я сессия Ассамблеи народа Казахстана.", "XXXIII")]
    [InlineData("Қазақстан халқы Ассамблеясының XXXIII сессиясы өтті.", "XXXIII")]
    public void An_ordinal_or_a_roman_numeral_names_a_session(string text, string number)
    {
        ReadSession session = Assert.Single(Read(text).Facts.OfType<ReadSession>());
        Assert.Equal(number, session.Session.Number.ToString());
    }

    [Theory]
    [InlineData("Маңғыстау облыстық Қазақстан халқы Ассамблеясы биыл 120 іс-шара өткізеді.")]
    [InlineData("Ассамблея народа Казахстана Мангистауской области в этом году проведут 120 мероприятий.")]
    public void A_count_of_what_will_be_held_is_a_plan(string text)
    {
        AssertNoFactButAMention<ReadSummary>(Read(text), "a planned figure");
    }

    [Theory]
    [InlineData("Қарағанды облыстық Қазақстан халқы Ассамблеясы: облыс бойынша 80-ге жуық іс-шара өткізілуде.")]
    [InlineData("Ассамблея народа Казахстана Карагандинской области: по области проводятся около 80 мероприятий.")]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan: about 80 events are being held across the region.")]
    public void A_count_under_way_over_no_period_is_no_total(string text)
    {
        AssertNoFactButAMention<ReadSummary>(Read(text), "still under way");
    }

    [Fact]
    public void A_count_under_way_this_year_is_the_years_so_far()
    {
        ReadSummary summary = Assert.Single(Read("Қарағанды облыстық Қазақстан халқы Ассамблеясы биыл 80-ге жуық іс-шара өткізілуде.").Facts.OfType<ReadSummary>());
        Assert.Equal("summary 2025 of apk-kz-35: Event ~80", ReportCorpus.Describe(summary));
    }

    [Theory]
    [InlineData("В рамках 30-летия Асамблеи народа Казахстана Жамбылской области проведено 210 мероприятий.")]
    [InlineData("Жамбыл облыстық Қазақстан халқы Асамблеясының 30 жылдығы аясында 210 іс-шара өткізілді.")]
    public void The_assembly_written_with_one_s_is_the_assembly(string text)
    {
        ReadSummary summary = Assert.Single(Read(text).Facts.OfType<ReadSummary>());
        Assert.Equal("apk-kz-31", summary.Summary.Reporter.Id.ToString());
        ActivityTallyAssert(summary, Kz.Assembly.Domain.Activities.AssemblyActivityKind.AnniversaryEvent, 210);
    }

    [Fact]
    public void An_english_theme_is_kept_as_written_in_every_slot()
    {
        ReadSession session = Assert.Single(Read("The first session of the Assembly of People of Kazakhstan, titled \"Peace and accord in our common home\", was held in March 1995.").Facts.OfType<ReadSession>());
        Assert.NotNull(session.Session.Theme);
        Assert.Equal("Peace and accord in our common home", session.Session.Theme!.Kazakh);
        Assert.Equal("Peace and accord in our common home", session.Session.Theme.English);
    }

    [Theory]
    [InlineData("Бүгін Павлодар облыстық мәслихатының кезектен тыс XXIII сессиясы өтті.")]
    [InlineData("Сегодня состоялась внеочередная XXIII сессия Павлодарского областного маслихата.")]
    [InlineData("The Pavlodar regional maslikhat held its XXIII session today.")]
    public void A_maslikhats_session_is_no_assemblys(string text)
    {
        AssertNoFactButAMention<ReadSession>(Read(text), "maslikhat");
    }

    [Theory]
    [InlineData("Сессияда «Достық» облыстық ҚХА депутаттық тобының жетекшісі сөз сөйледі. Ақтөбе облысы.")]
    [InlineData("Выступил руководитель областной депутатской группы «Достық» Ассамблеи народа Казахстана Актюбинской области.")]
    public void A_regions_deputy_group_is_not_parliaments(string text)
    {
        AssertNoFactButAMention<ReadDeputyGroup>(Read(text), "a deputy group of a region or district");
    }

    [Theory]
    [InlineData("The XV session of the People's Assembly of Kazakhstan was held in Pavlodar on 18 November.")]
    [InlineData("XV сессия Ассамблеи народа Казахстана прошла в Павлодарской области 18 ноября.")]
    public void A_session_held_in_a_region_named_after_it_is_the_regions(string text)
    {
        ReadSession session = Assert.Single(Read(text, published: new LocalDate(2011, 11, 20)).Facts.OfType<ReadSession>());
        Assert.Equal("apk-kz-55", session.Session.Body.Id.ToString());
    }

    [Fact]
    public void A_session_held_in_the_capital_stays_the_national_assemblys()
    {
        ReadSession session = Assert.Single(Read("The XXXIV session of the Assembly of People of Kazakhstan was held in Astana; a delegation of Pavlodar region attended.").Facts.OfType<ReadSession>());
        Assert.Equal("apk", session.Session.Body.Id.ToString());
    }

    [Fact]
    public void A_russian_report_quoting_a_kazakh_name_is_read_as_russian()
    {
        ReportReading reading = Read("В Таразе прошла благотворительная акция «Мейірімді жүрек», организованная АНК Жамбылской области. "
            + "Цель акции «Мейірімді жүрек» – помощь семьям. Волонтеры акции «Мейірімді жүрек» раздали продукты.");
        Assert.Equal("ru", reading.Language);
    }

    [Theory]
    [InlineData("В честь 30 летия Независимости АНК Жамбылской области прошла благотворительная акция.")]
    [InlineData("Тәуелсіздіктің 30 жылдығы құрметіне Жамбыл облыстық ҚХА қайырымдылық акциясын өткізді.")]
    [InlineData("For the 30 anniversary of Independence the Zhambyl Regional Assembly held a charity action.")]
    public void The_years_of_an_anniversary_count_nothing(string text)
    {
        ReportReading reading = Read(text);
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.DoesNotContain(reading.Facts, f => f is ReadAnniversary);
    }

    [Theory]
    [InlineData("The Zhambyl Regional Assembly marked the 30th anniversary of the People's Assembly of Kazakhstan.")]
    [InlineData("АНК Жамбылской области отметила 30-летие Ассамблеи народа Казахстана.")]
    [InlineData("Жамбыл облыстық ҚХА Қазақстан халқы Ассамблеясының 30 жылдығын атап өтті.")]
    public void The_assemblys_own_anniversary_is_still_read(string text)
    {
        ReadAnniversary anniversary = Assert.Single(Read(text).Facts.OfType<ReadAnniversary>());
        Assert.Equal(2025, anniversary.Anniversary.Year);
    }

    [Theory]
    [InlineData("Депутат Мәжілістің екінші сессиясында 66 заң жобасы қаралғанын айтты. Қызылорда облысы.")]
    [InlineData("Во второй сессии Мажилиса рассмотрено 66 законопроектов. Кызылординская область.")]
    [InlineData("The deputy said the second session of the Mazhilis considered 66 bills. Kyzylorda region.")]
    public void A_chambers_session_is_no_assemblys(string text)
    {
        AssertNoFactButAMention<ReadSession>(Read(text), "a chamber of Parliament");
    }

    [Theory]
    [InlineData("The centre has trained 120 professional mediators and 53 trainers in mediation. Astana.")]
    [InlineData("Центр подготовил 120 медиаторов и 53 тренера по медиации. Астана.")]
    public void Trainers_and_mediators_are_no_mediation_cases(string text)
    {
        Assert.DoesNotContain(Read(text).Facts, f => f is ReadSummary);
    }

    [Fact]
    public void A_text_in_arabic_script_is_told_apart_from_a_text_with_no_letters()
    {
        Mention mention = Assert.Single(Read("قازاقستان حالقى اسسامبلەياسىنىڭ سەسسياسى").Unplaced);
        Assert.Equal(MentionKind.Language, mention.Kind);
        Assert.Contains("script the reader does not read", mention.Reason, System.StringComparison.Ordinal);
        Assert.Contains("no letters", Assert.Single(Read("2025 — 39 000, 631 / 49").Unplaced).Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The XXIX session of the Assembly of People of Kazakhstan was held on April 28 in Astana.")]
    [InlineData("The XXIX session of the Assembly of People of Kazakhstan was held on April 28th in Astana.")]
    [InlineData("The XXIX session of the Assembly of People of Kazakhstan was held April 28, 2021 in Astana.")]
    [InlineData("The XXIX session of the Assembly of People of Kazakhstan was held on 28th April in Astana.")]
    [InlineData("XXIX сессия Ассамблеи народа Казахстана прошла 28-го апреля в Астане.")]
    public void A_date_with_its_month_first_or_an_ordinal_day_dates_the_session(string text)
    {
        ReadSession session = Assert.Single(Read(text, published: new LocalDate(2021, 4, 29)).Facts.OfType<ReadSession>());
        Assert.Equal(new LocalDate(2021, 4, 28), session.Session.Date);
    }

    [Fact]
    public void A_count_after_a_month_without_on_stays_a_count()
    {
        ReadSummary summary = Assert.Single(Read("In March 15 events were held by the Turkistan Regional Assembly of People of Kazakhstan.", published: new LocalDate(2021, 4, 29)).Facts.OfType<ReadSummary>());
        Assert.Equal("summary 2021-03 of apk-kz-61: Event 15", ReportCorpus.Describe(summary));
    }

    [Theory]
    [InlineData("Состоялась XXII сессия Акмолинской ассамблеи народа Казахстана.", "apk-kz-11")]
    [InlineData("Вчера прошла XV сессия Павлодарской ассамблеи народа Казахстана.", "apk-kz-55")]
    [InlineData("Состоялась III сессия Абайской ассамблеи народа Казахстана.", "apk-kz-10")]
    public void A_region_adjective_before_the_assembly_names_its_region(string text, string body)
    {
        ReadSession session = Assert.Single(Read(text, published: new LocalDate(2024, 11, 29)).Facts.OfType<ReadSession>());
        Assert.Equal(body, session.Session.Body.Id.ToString());
    }

    [Theory]
    [InlineData("2016 жылдан бері Павлодар облысында 33 медиация кабинеті ашылды.")]
    [InlineData("В Павлодарской области открыто 33 кабинета медиации.")]
    [InlineData("In Pavlodar region 33 mediation rooms were opened this year.")]
    public void Rooms_named_by_mediation_are_no_mediation_cases(string text)
    {
        Assert.DoesNotContain(Read(text).Facts, f => f is ReadSummary);
    }

    [Theory]
    [InlineData("В течение трех дней Алматинская область встречала молодежь.")]
    [InlineData("For three days the Almaty Region welcomed 200 young people.")]
    [InlineData("Үш күн бойы Алматы облысы жастарды қарсы алды.")]
    public void A_duration_counts_no_activity(string text)
    {
        Assert.DoesNotContain(Read(text).Facts, f => f is ReadSummary s && s.Summary.Tallies.Any());
    }

    [Fact]
    public void A_theme_written_before_another_meeting_is_not_the_sessions()
    {
        ReadSession session = Assert.Single(Read("Қазақстан халқы Ассамблеясының XXXIV сессиясы аясында «Жаңа толқын» тақырыбында республикалық жастар жиыны өтті.").Facts.OfType<ReadSession>());
        Assert.Null(session.Session.Theme);
    }

    [Theory]
    [InlineData("Since the beginning of 2025, the Turkistan Regional Assembly of People of Kazakhstan held 56 charity events.")]
    [InlineData("С начала 2025 года Ассамблея народа Казахстана Туркестанской области провела 56 благотворительных акций.")]
    [InlineData("2025 жылдың басынан бері Түркістан облыстық ҚХА 56 қайырымдылық акциясын өткізді.")]
    [InlineData("2025-жылдың басынан бері Түркістан облыстық ҚХА 56 қайырымдылық акциясын өткізді.")]
    public void The_beginning_of_the_publications_year_written_as_a_number_is_the_year_to_date(string text)
    {
        ReadSummary summary = Assert.Single(Read(text, published: new LocalDate(2025, 6, 1)).Facts.OfType<ReadSummary>());
        Assert.Equal("summary YTD 2025-06-01 of apk-kz-61: CharityAction 56", ReportCorpus.Describe(summary));
    }

    [Theory]
    [InlineData("Since the beginning of 2024, the Turkistan Regional Assembly of People of Kazakhstan held 56 charity events.")]
    [InlineData("С начала 2024 года Ассамблея народа Казахстана Туркестанской области провела 56 благотворительных акций.")]
    [InlineData("2024 жылдың басынан бері Түркістан облыстық ҚХА 56 қайырымдылық акциясын өткізді.")]
    public void The_beginning_of_an_earlier_year_up_to_now_is_no_period(string text)
    {
        AssertNoFactButAMention<ReadSummary>(Read(text, published: new LocalDate(2025, 6, 1)), "span of years");
    }

    [Theory]
    [InlineData("Түркістан қаласында Қазақстан халқы Ассамблеясының «Достық керуені» жобасы өтті.")]
    [InlineData("В Туркестане прошел проект АНК «Достық керуені».")]
    public void A_project_named_after_the_national_assembly_is_its_own(string text)
    {
        ReadProject project = Assert.Single(Read(text).Facts.OfType<ReadProject>());
        Assert.Equal("apk", project.Project.Body.Id.ToString());
    }

    [Theory]
    [InlineData("Достық үйлері Астана, Алматы, Шымкент қалаларымен барлық облыс орталығында ашылған.")]
    [InlineData("Houses of Friendship have opened in Astana, Almaty, Shymkent and every regional centre.")]
    [InlineData("В Астане, Алматы и Шымкенте открыто уже 30 Домов дружбы.")]
    public void Houses_in_the_plural_are_no_house_opened(string text)
    {
        AssertNoFactButAMention<ReadFriendshipHouse>(Read(text), "in general");
    }

    [Theory]
    [InlineData("Биыл Қазақстан халқы Ассамблеясына 30 жыл.")]
    [InlineData("В этом году Ассамблее народа Казахстана 30 лет.")]
    public void Years_right_after_the_assembly_are_its_anniversary(string text)
    {
        ReadAnniversary anniversary = Assert.Single(Read(text).Facts.OfType<ReadAnniversary>());
        Assert.Equal(2025, anniversary.Anniversary.Year);
    }

    [Theory]
    [InlineData("Ақмола облыстық Қазақстан халқы Ассамблеясының XXVIII сессиясы Көкшетауда өтті. Облыс әкімі Президенттің Астанада өткен XXXIV сессиядағы ұсыныстарын еске салды.")]
    [InlineData("Ақмола облыстық Қазақстан халқы Ассамблеясының XXVIII сессиясы Көкшетауда өтті. Елордада өткен XXXIV сессияның тапсырмалары талқыланды.")]
    [InlineData("В Кокшетау прошла XXVIII сессия Ассамблеи народа Казахстана Акмолинской области. Аким напомнил о поручениях Президента на XXXIV сессии в Астане.")]
    [InlineData("The XXVIII session of the Akmola Regional Assembly of People of Kazakhstan was held in Kokshetau. The governor recalled the proposals made at the XXXIV session in the capital.")]
    public void A_session_in_the_capital_with_no_assembly_named_is_the_national_one(string text)
    {
        ReportReading reading = Read(text);
        Assert.Equal(["apk-kz-11 XXVIII", "apk XXXIV"], reading.FactsOf<ReadSession>().Select(s => $"{s.Session.Body.Id} {s.Session.Number}"));
    }

    [Fact]
    public void A_session_in_the_capital_is_the_capitals_own_in_a_report_on_the_capital()
    {
        ReportReading reading = Read("Астана қалалық Қазақстан халқы Ассамблеясының XX сессиясы өтті. Астанада өткен XXI сессияның шешімдері орындалды.");
        Assert.All(reading.FactsOf<ReadSession>(), s => Assert.Equal("apk-kz-71", s.Session.Body.Id.ToString()));
    }

    [Fact]
    public void The_years_of_a_jubilee_as_an_adjective_count_no_activity()
    {
        ReportReading reading = Read("Батыс Қазақстан облыстық Қазақстан халқы Ассамблеясының кеңесі өтті. Жалпы 30 жылдық аясындағы шараларымыз жалғаса беретін болады.");
        Assert.DoesNotContain(reading.Facts, f => f is ReadSummary);
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase.Contains("30 жылдық", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Өскеменде ШҚО ҚХА мерейтойлық сессиясы өтті.\n\nАлматы. 1 шілде. Kazakhstan today. Өскеменде ШҚО ҚХА мерейтойлық сессиясы өтті.\n\nШара соңында XX сессия қатысушыларының үндеуі қабылданды.")]
    [InlineData("В Усть-Каменогорске прошла юбилейная сессия ассамблеи ВКО.\n\nАлматы. 1 июля. Kazakhstan today. Юбилейная сессия ассамблеи ВКО подвела итоги двадцати лет.\n\nВ завершение XX сессия приняла обращение.")]
    [InlineData("East Kazakhstan Regional Assembly holds a jubilee session.\n\nALMATY. July 1. KAZINFORM. The jubilee session of the East Kazakhstan Regional Assembly summed up twenty years.\n\nAt the end, the XX session adopted an appeal.")]
    public void A_dateline_followed_by_the_reports_region_is_no_new_report(string text)
    {
        ReadSession session = Assert.Single(Read(text, published: new LocalDate(2014, 7, 1)).FactsOf<ReadSession>());
        Assert.Equal("apk-kz-63", session.Session.Body.Id.ToString());
    }

    [Fact]
    public void A_dateline_opening_a_report_on_another_region_starts_it()
    {
        ReportReading reading = Read("Ассамблея народа Казахстана ВКО провела 40 мероприятий.\n\nКАРАГАНДА. В Карагандинской области с начала года проведено 50 мероприятий.", published: new LocalDate(2014, 7, 1));
        Assert.Equal(["apk-kz-63", "apk-kz-35"], reading.FactsOf<ReadSummary>().Select(s => s.Summary.Reporter.Id.ToString()));
    }

    [Theory]
    [InlineData("East Kazakhstan citizens are preparing 7 major events for Gratitude Day.")]
    [InlineData("Жители Восточно-Казахстанской области готовят 7 крупных мероприятий ко Дню благодарности.")]
    [InlineData("Шығыс Қазақстан облысында Алғыс айту күніне 7 ірі іс-шара дайындалуда.")]
    public void Activities_being_prepared_are_no_figure(string text)
    {
        ReportReading reading = Read(text, published: new LocalDate(2019, 2, 13));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase.Contains('7', System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Тәуелсіздіктің 30 жылдығы Ассамблея жұмысында үлкен өзгерістер болған жылмен тұспа-тұс келді.")]
    [InlineData("Táýelsizdiktiń 30 jyldyǵy Assambleıa jumysynda úlken ózgerister bolǵan jylmen tuspa-tus keldi.")]
    public void A_genitive_before_an_anniversary_names_whose_it_is_though_the_assembly_follows(string text)
    {
        ReportReading reading = Read(text, published: new LocalDate(2021, 6, 1));
        Assert.Empty(reading.FactsOf<ReadAnniversary>());
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase.StartsWith("30", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Жамбыл облысы. 18 қарашада Қазақстан халқы Ассамблеясының XIX сессиясы өтті.", "kk")]
    [InlineData("Жамбылская область. 18 ноября прошла XIX сессия Ассамблеи народа Казахстана.", "ru")]
    [InlineData("Zhambyl region. On 18 November the XIX session of the Assembly of People of Kazakhstan took place.", "en")]
    public void A_session_the_national_Assembly_held_years_before_is_the_regions(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2016, 11, 19));
        ReadSession session = Assert.Single(reading.FactsOf<ReadSession>());
        Assert.Equal("apk-kz-31", session.Session.Body.Id.ToString());
    }

    [Theory]
    [InlineData("18 қарашада Қазақстан халқы Ассамблеясының XIX сессиясы өтті.", "kk")]
    [InlineData("18 ноября прошла XIX сессия Ассамблеи народа Казахстана.", "ru")]
    [InlineData("On 18 November the XIX session of the Assembly of People of Kazakhstan took place.", "en")]
    public void A_session_the_national_Assembly_cannot_have_held_that_day_in_no_region_is_placed_nowhere(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2016, 11, 19)), "national one of that number met at another time");

    [Fact]
    public void The_national_sessions_own_day_keeps_it_national()
    {
        ReportReading reading = Read("27 сәуірде Қазақстан халқы Ассамблеясының XIX сессиясы өтті.", "kk", new LocalDate(2012, 4, 28));
        Assert.Equal("apk", Assert.Single(reading.FactsOf<ReadSession>()).Session.Body.Id.ToString());
    }

    [Fact]
    public void A_number_given_to_the_regions_session_is_that_session_under_the_national_name_too()
    {
        ReportReading reading = Read("Zhambyl region held the XIX session of the Assembly of People of Kazakhstan.\n\nThe XIX session of the Assembly of People of Kazakhstan took place in the new Friendship House.", "en", new LocalDate(2016, 11, 19));
        Assert.Equal(["apk-kz-31"], reading.FactsOf<ReadSession>().Select(s => s.Session.Body.Id.ToString()));
    }

    [Theory]
    [InlineData("Жамбыл облыстық Қазақстан халқы Ассамблеясы «Бір ел – бір отбасы» жалпыұлттық жобасы аясында жұмыс істеді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Жамбылской области работала в рамках общенационального проекта «Одна страна – одна семья».", "ru")]
    [InlineData("The Zhambyl Regional Assembly of People of Kazakhstan worked within the national project \"One Country - One Family\".", "en")]
    public void A_project_called_national_is_the_national_Assemblys(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2016, 11, 19));
        Assert.Equal("apk", Assert.Single(reading.FactsOf<ReadProject>()).Project.Body.Id.ToString());
    }

    [Theory]
    [InlineData("Қазақстан халқы Ассамблеясының «Бір ел» тарихи-ағартушылық жастар жобасы өтті.", "Бір ел")]
    [InlineData("Қазақстан халқы Ассамблеясы «Жүректен жүрекке» арнайы жобасын іске қосты.", "Жүректен жүрекке")]
    [InlineData("Қазақстан халқы Ассамблеясы «Алғыс» атты жобаны бастады.", "Алғыс")]
    public void A_projects_noun_may_follow_its_name_past_the_words_that_describe_it(string text, string name)
    {
        ReadProject project = Assert.Single(Read(text, "kk", new LocalDate(2024, 4, 3)).FactsOf<ReadProject>());
        Assert.Equal(name, project.Project.Name.In(Kz.Assembly.Domain.Text.Language.Kazakh));
    }

    [Fact]
    public void A_genitive_between_a_name_and_the_project_noun_makes_the_name_its_owner() =>
        Assert.Empty(Read("Қазақстан халқы Ассамблеясы «Қоғамдық келісім» мекемесінің жобасын қолдады.", "kk", new LocalDate(2024, 4, 3)).FactsOf<ReadProject>());

    [Theory]
    [InlineData("As for the project \"100 New Persons of Kazakhstan\", the regional APK took an active part in the selection of candidates.", "en")]
    [InlineData("Областная АНК приняла активное участие в проекте «100 новых лиц Казахстана».", "ru")]
    [InlineData("Облыстық ҚХА «Қазақстанның 100 жаңа есімі» жобасына белсенді қатысты.", "kk")]
    public void A_project_an_assembly_took_part_in_is_not_its_own(string text, string culture) =>
        AssertNoFactButAMention<ReadProject>(Read(text, culture, new LocalDate(2017, 10, 11)), "took part in");

    [Theory]
    [InlineData("Қазақстан халқы Ассамблеясының «Бір ел» жобасына 500 адам қатысты.", "kk")]
    [InlineData("В проекте АНК «Шаңырақ» приняли участие 500 человек.", "ru")]
    public void People_who_took_part_in_an_assemblys_project_leave_it_the_assemblys(string text, string culture) =>
        Assert.Single(Read(text, culture, new LocalDate(2024, 4, 3)).FactsOf<ReadProject>());

    [Theory]
    [InlineData("The APK quota is now transferred from the Mazhilis to the Senate and reduced from 9 to 5 deputies.", "en")]
    [InlineData("Квота АНК передаётся из Мажилиса в Сенат и сокращается с 9 до 5 депутатов.", "ru")]
    [InlineData("ҚХА квотасы Мәжілістен Сенатқа ауысып, 9 депутаттан 5 депутатқа қысқарады.", "kk")]
    public void Members_counted_in_a_sentence_naming_both_chambers_are_not_given_to_either(string text, string culture) =>
        AssertNoFactButAMention<ReadRepresentation>(Read(text, culture, new LocalDate(2022, 4, 29)), "both chambers");

    [Theory]
    [InlineData("Проект «Большая страна - большая семья» продолжается: караван ассамблеи народа Казахстана Жамбылской области прибыл в Жуалы.", "ru")]
    [InlineData("Жамбыл облыстық Қазақстан халқы Ассамблеясының «Үлкен ел – үлкен отбасы» жобасы жалғасуда.", "kk")]
    [InlineData("The Zhambyl Regional Assembly of People of Kazakhstan continues the project \"Big Country – Big Family\".", "en")]
    public void The_national_Assemblys_own_projects_are_its_own_wherever_a_report_names_them(string text, string culture) =>
        Assert.Equal("apk", Assert.Single(Read(text, culture, new LocalDate(2016, 10, 20)).FactsOf<ReadProject>()).Project.Body.Id.ToString());

    [Theory]
    [InlineData("Қазақстан халқы Ассамблеясы су тасқынынан зардап шеккендерге көмектесті\n\nҚХА мүшелері бастаған «Жүрек жылуы» жобасы аясында Ақмола және Қарағанды облыстарына көмек жіберілді.", "kk")]
    [InlineData("Ассамблея народа Казахстана помогла пострадавшим от паводка\n\nВ рамках проекта «Тепло сердец», начатого членами АНК, помощь отправлена в Акмолинскую и Карагандинскую области.", "ru")]
    [InlineData("The Assembly of People of Kazakhstan helps flood victims\n\nWithin the project \"Warmth of Hearts\" started by APK members, aid was sent to Akmola and Karaganda regions.", "en")]
    public void A_project_in_a_report_headed_by_the_national_Assembly_is_not_the_region_it_helped(string text, string culture) =>
        Assert.Equal("apk", Assert.Single(Read(text, culture, new LocalDate(2024, 4, 10)).FactsOf<ReadProject>()).Project.Body.Id.ToString());

    [Theory]
    [InlineData("Қазақстан халқы Ассамблеясы су тасқынынан зардап шеккендерге көмектесті\n\nАқмола облыстық ҚХА «Жүрек жылуы» жобасын бастады.", "kk")]
    [InlineData("Ассамблея народа Казахстана помогла пострадавшим от паводка\n\nАссамблея народа Казахстана Акмолинской области начала проект «Тепло сердец».", "ru")]
    [InlineData("The Assembly of People of Kazakhstan helps flood victims\n\nThe Akmola Regional Assembly of People of Kazakhstan started the project \"Warmth of Hearts\".", "en")]
    public void A_project_of_a_regional_assembly_named_under_a_national_headline_stays_the_regions(string text, string culture) =>
        Assert.Equal("apk-kz-11", Assert.Single(Read(text, culture, new LocalDate(2024, 4, 10)).FactsOf<ReadProject>()).Project.Body.Id.ToString());

    [Theory]
    [InlineData("Всеми областями страны и городом Алматы реализуется проект «Регионы в дар Астане». Дом дружбы Ассамблеи народа Казахстана Мангистауской области открыт.", "ru")]
    [InlineData("The project \"Gifts to the Capital\" is carried out in all regions. The Mangystau Regional Assembly of People of Kazakhstan opened its doors.", "en")]
    [InlineData("Елімізде «Елордаға сыйлық» жобасы іске асырылуда. Маңғыстау облыстық Қазақстан халқы Ассамблеясы жиын өткізді.", "kk")]
    public void A_project_carried_out_across_the_country_is_not_the_report_regions(string text, string culture) =>
        AssertNoFactButAMention<ReadProject>(Read(text, culture, new LocalDate(2018, 7, 2)), "across the country");

    [Theory]
    [InlineData("В Семее открылся книжный фестиваль. В рамках проекта «Читающий город» прошли встречи с авторами. Ассамблея народа Казахстана области Абай провела заседание совета.", "ru")]
    [InlineData("Семейде кітап фестивалі ашылды. «Оқитын қала» жобасы аясында авторлармен кездесулер өтті. Абай облыстық Қазақстан халқы Ассамблеясы кеңес отырысын өткізді.", "kk")]
    [InlineData("A book festival opened in Semey. Meetings with authors took place within the project \"Reading City\". The Abai Regional Assembly of People of Kazakhstan held a council meeting.", "en")]
    public void A_project_with_no_assembly_named_near_it_is_not_the_report_assemblys(string text, string culture) =>
        AssertNoFactButAMention<ReadProject>(Read(text, culture, new LocalDate(2024, 9, 20)), "no assembly named near it");

    [Theory]
    [InlineData("Семейде Абай облыстық Қазақстан халқы Ассамблеясы жанындағы Аналар кеңесі «Ана мейірімі» жобасын бастады.", "kk")]
    [InlineData("Совет матерей при Ассамблее народа Казахстана области Абай запустил проект «Материнское тепло».", "ru")]
    [InlineData("The Council of Mothers of the Abai Regional Assembly of People of Kazakhstan launched the project \"Mother's Warmth\".", "en")]
    public void A_project_in_a_sentence_naming_an_assembly_is_its_own(string text, string culture) =>
        Assert.Equal("apk-kz-10", Assert.Single(Read(text, culture, new LocalDate(2024, 9, 20)).FactsOf<ReadProject>()).Project.Body.Id.ToString());

    [Theory]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 30 meetings in 2015. 15 questions were asked at the meetings.", "en")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области провела 30 встреч в 2015 году. На встречах задано 15 вопросов.", "ru")]
    [InlineData("Павлодар облыстық Қазақстан халқы Ассамблеясы 2015 жылы 30 кездесу өткізді. Кездесулерде 15 сұрақ қойылды.", "kk")]
    public void Questions_counted_are_not_the_meetings_they_were_asked_at(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2015, 12, 20)).FactsOf<ReadSummary>());
        Assert.Equal("OutreachMeeting 30", Assert.Single(summary.Summary.Tallies).ToString());
    }

    [Theory]
    [InlineData("Парламенттің қос палатасының депутаттары қыркүйек айының басында бірлескен жиында алтыншы сессияның ашылуын жариялайды.", "kk")]
    [InlineData("Депутаты обеих палат Парламента в сентябре откроют шестую сессию на совместном заседании.", "ru")]
    [InlineData("The deputies of both chambers of Parliament opened the sixth session at a joint sitting.", "en")]
    public void A_session_in_a_report_that_names_no_assembly_is_another_bodys(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2016, 7, 1)), "names no assembly");

    [Theory]
    [InlineData("Қостанай облыстық Қазақстан халқы Ассамблеясы 2024 жылы 200 іс-шара өткізді, оларға 15 мыңға жуық қостанайлық қатысты.", 15000)]
    [InlineData("Шымкент қалалық Қазақстан халқы Ассамблеясы 2023 жылы 420 іс-шара өткізді, оларға 60 мыңнан астам шымкенттік қатысты.", 60000)]
    public void Residents_named_in_the_singular_after_a_numeral_are_read(string text, long people)
    {
        ReadSummary summary = Assert.Single(Read(text, "kk", new LocalDate(2025, 1, 20)).FactsOf<ReadSummary>());
        Assert.Equal(people, summary.Summary.PeopleReached!.Value.Value);
        Assert.Equal(Kz.Assembly.Domain.Metrics.Audience.Residents, summary.Summary.Audience);
    }

    [Fact]
    public void A_place_adjective_after_a_numeral_is_not_residents() =>
        Assert.Null(Assert.Single(Read("Түркістан облыстық ҚХА 2024 жылы 40 аудандық іс-шара өткізді.", "kk", new LocalDate(2025, 1, 20)).FactsOf<ReadSummary>()).Summary.PeopleReached);

    [Theory]
    [InlineData("ATYRAU. In 2024 the Atyrau Regional Assembly of People of Kazakhstan held 300 events.\n\nKOKSHETAU. The Akmola Regional Assembly of People of Kazakhstan held 510 events.", "en")]
    [InlineData("Атырау облыстық Қазақстан халқы Ассамблеясы 2024 жылы 300 іс-шара өткізді.\n\nАқмола облыстық Қазақстан халқы Ассамблеясы 510 іс-шара өткізді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Атырауской области в 2024 году провела 300 мероприятий.\n\nАссамблея народа Казахстана Акмолинской области провела 510 мероприятий.", "ru")]
    public void A_period_is_not_carried_into_another_regions_report(string text, string culture)
    {
        var summaries = Read(text, culture, new LocalDate(2025, 3, 15)).FactsOf<ReadSummary>().ToList();
        Assert.Equal("2024", summaries.Single(s => s.Summary.Reporter.Id.ToString() == "apk-kz-23").Summary.Period.ToString());
        Assert.NotEqual("2024", summaries.Single(s => s.Summary.Reporter.Id.ToString() == "apk-kz-11").Summary.Period.ToString());
    }

    [Theory]
    [InlineData("Ақтөбе облыстық Қазақстан халқы Ассамблеясы Ассамблеяның 30 жылдығы аясында 240 іс-шара ұйымдастырды.", "kk", "apk")]
    [InlineData("Павлодар облыстық Қазақстан халқы Ассамблеясының 25 жылдығына орай концерт өтті.", "kk", "apk-kz-55")]
    public void The_nearest_assembly_before_an_anniversarys_years_owns_them(string text, string culture, string owner) =>
        Assert.Equal(owner, Assert.Single(Read(text, culture, new LocalDate(2025, 6, 10)).FactsOf<ReadAnniversary>()).Anniversary.Body.Id.ToString());

    [Theory]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan summed up 2024: 510 events were held.", "en")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области подвела итоги работы за 2024: проведено 510 мероприятий.", "ru")]
    [InlineData("Ақмола облыстық Қазақстан халқы Ассамблеясы 2024: 510 іс-шара өткізілді.", "kk")]
    public void A_bare_year_before_a_colon_is_the_period_of_what_follows(string text, string culture) =>
        Assert.Equal("2024", Assert.Single(Read(text, culture, new LocalDate(2025, 1, 20)).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Theory]
    [InlineData("Управление внутренней политики Павлодарской области организовало работу информационных групп. Проведено 25 встреч, охвачено 2535 человек.", "ru")]
    [InlineData("Павлодар облыстық ішкі саясат басқармасы ақпараттық топтардың жұмысын ұйымдастырды. 25 кездесу өткізіліп, 2535 адам қамтылды.", "kk")]
    [InlineData("The Department of Internal Policy of Pavlodar Region organised information groups. 25 meetings were held with 2,535 people.", "en")]
    [InlineData("Акимат Павлодарской области провел в области 25 встреч, охвачено 2535 человек.", "ru")]
    [InlineData("Jastar qozǵalysy Pavlodar oblysynda 25 kezdesý ótkizdi, 2535 adam qamtyldy.", "kk-Latn")]
    public void Activities_another_organiser_held_are_not_an_assemblys(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 12, 20)), "another organiser");

    [Theory]
    [InlineData("Павлодар облыстық ҚХА жиыны өтті. Облыстық ішкі саясат басқармасының мәліметінше, биыл 300 іс-шара өтті.", "kk")]
    [InlineData("Прошло заседание АНК Павлодарской области. По данным управления внутренней политики, в этом году проведено 300 мероприятий.", "ru")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan met. This year 300 events were held, the head of the regional department said.", "en")]
    public void An_organiser_cited_as_the_source_leaves_the_assemblys_figures_its_own(string text, string culture) =>
        Assert.Equal("apk-kz-55", Assert.Single(Read(text, culture, new LocalDate(2025, 12, 20)).FactsOf<ReadSummary>()).Summary.Reporter.Id.ToString());

    [Theory]
    [InlineData("АНК Костанайской области в этом году намечено провести 50 мероприятий.", "ru")]
    [InlineData("АНК Костанайской области предстоит провести до конца года 50 мероприятий.", "ru")]
    [InlineData("Қостанай облыстық ҚХА жыл соңына дейін 50 іс-шара өткізуді көздеп отыр.", "kk")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan is expected to hold 50 events this year.", "en")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan intends to hold 50 events this year.", "en")]
    public void Activities_a_report_says_are_intended_are_planned_not_held(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 20)), "planned");

    [Theory]
    [InlineData("АНК Костанайской области предлагает открыть Дом дружбы в Рудном.", "ru", true)]
    [InlineData("В Рудном решено открыть Дом дружбы Ассамблеи народа Казахстана Костанайской области.", "ru", false)]
    public void To_open_a_house_is_not_to_have_opened_one(string text, string culture, bool proposed)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 6, 20));
        Assert.DoesNotContain(reading.FactsOf<ReadFriendshipHouse>(), h => h.House.OpenedOn is not null);
        Assert.Equal(proposed, reading.FactsOf<ReadFriendshipHouse>().Any());
    }

    [Theory]
    [InlineData("С начала года АНК Костанайской области провела полторы тысячи мероприятий.", "ru")]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері бір жарым мың іс-шара өткізді.", "kk")]
    [InlineData("Since January the Kostanay Regional Assembly of People of Kazakhstan has held one and a half thousand events.", "en")]
    public void One_and_a_half_before_a_scale_word_is_read(string text, string culture) =>
        Assert.Equal("Event 1500", Assert.Single(Assert.Single(Read(text, culture, new LocalDate(2025, 6, 20)).FactsOf<ReadSummary>()).Summary.Tallies).ToString());

    [Fact]
    public void One_and_a_half_in_the_genitive_after_a_qualifier_is_read() =>
        Assert.Equal("Event >1500", Assert.Single(Assert.Single(Read("В первом полугодии 2025 года ассамблея Алматинской области провела более полутора тысяч мероприятий.", "ru", new LocalDate(2025, 7, 7)).FactsOf<ReadSummary>()).Summary.Tallies).ToString());

    [Theory]
    [InlineData("АНК Павлодарской области за 5 лет провела 1200 мероприятий.", "ru")]
    [InlineData("Павлодар облыстық ҚХА 5 жыл ішінде 1200 іс-шара өткізді.", "kk")]
    [InlineData("Over 5 years the Pavlodar Regional Assembly of People of Kazakhstan held 1,200 events.", "en")]
    public void Activities_counted_over_a_number_of_years_have_no_period(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 20)), "span of years");

    [Theory]
    [InlineData("АНК Павлодарской области провела 12 мероприятий, что на 20% больше, чем в прошлом году.", "ru", "YTD 2025-06-20")]
    [InlineData("Павлодар облыстық ҚХА биыл 12 іс-шара өткізді, бұл өткен жылмен салыстырғанда 20 пайызға көп.", "kk", "2025")]
    [InlineData("Павлодар облыстық ҚХА биыл 12 іс-шара өткізді, бұл 2024 жылмен салыстырғанда 20 пайызға көп.", "kk", "2025")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 12 events, compared with 10 in 2024.", "en", "YTD 2025-06-20")]
    public void The_period_a_count_is_compared_with_is_not_its_own(string text, string culture, string period) =>
        Assert.Equal(period, Assert.Single(Read(text, culture, new LocalDate(2025, 6, 20)).FactsOf<ReadSummary>()).Summary.Period.ToString());

    [Theory]
    [InlineData("АНК Павлодарской области провела 12 мероприятий в 2024–2025 учебном году.", "ru", "season")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 12 events in the 2024-2025 academic year.", "en", "season")]
    [InlineData("АНК Павлодарской области провела в 2 раза больше мероприятий, чем в прошлом году.", "ru", "")]
    [InlineData("Павлодар облыстық ҚХА былтырғыдан 2 есе көп іс-шара өткізді.", "kk", "")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 3 times more events this year.", "en", "")]
    public void A_school_year_or_a_multiplier_gives_no_summary(string text, string culture, string reason) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 20)), reason);

    [Fact]
    public void Across_the_republic_is_the_whole_country() =>
        AssertNoFactButAMention<ReadSummary>(Read("A meeting was held in Pavlodar. Since January, more than 20,000 events have been held across the republic.", "en", new LocalDate(2025, 6, 20)), "whole country");

    [Theory]
    [InlineData("Кеше облыстық ҚХА-ның XXXII сессиясы өтті.", "kk")]
    [InlineData("Вчера прошла XXXII сессия областной ассамблеи.", "ru")]
    [InlineData("Yesterday the XXXII session of the regional Assembly took place.", "en")]
    public void A_regional_assemblys_session_in_no_region_named_is_not_the_national_one(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2025, 6, 20)), "regional assembly's session");

    [Fact]
    public void A_regional_assemblys_anniversary_in_no_region_named_is_not_the_national_one() =>
        AssertNoFactButAMention<ReadAnniversary>(Read("Облыстық ҚХА-ның 25 жылдығы аталып өтті.", "kk", new LocalDate(2025, 6, 20)), "regional assembly's anniversary");

    [Theory]
    [InlineData("Через месяц в Павлодаре соберется XXXII сессия АНК Павлодарской области.", "ru")]
    [InlineData("XXXII сессия АНК Павлодарской области перенесена на осень.", "ru")]
    [InlineData("Павлодар облыстық ҚХА-ның XXXII сессиясы күзге шегерілді.", "kk")]
    [InlineData("The XXXII session of the Pavlodar Regional Assembly of People of Kazakhstan has been postponed.", "en")]
    public void A_session_to_convene_or_postponed_is_not_held(string text, string culture) =>
        AssertNoFactButAMention<ReadSession>(Read(text, culture, new LocalDate(2025, 6, 20)), "still to come");

    [Theory]
    [InlineData("С начала года АНК Павлодарской области провела 40 мероприятий, их посетили более 5 тысяч зрителей.", "ru")]
    [InlineData("Жыл басынан бері Павлодар облыстық ҚХА 40 іс-шара өткізді, оларды 5 мыңнан астам көрермен тамашалады.", "kk")]
    [InlineData("Since January the Pavlodar Regional Assembly of People of Kazakhstan held 40 events watched by more than 5,000 spectators.", "en")]
    public void Spectators_are_the_people_the_events_reached(string text, string culture) =>
        Assert.Equal(">5000", Assert.Single(Read(text, culture, new LocalDate(2025, 6, 20)).FactsOf<ReadSummary>()).Summary.PeopleReached?.ToString());

    [Theory]
    [InlineData("Кеше Павлодарда облыстық ҚХА-ның XXXII сессиясы өтті.", "kk", 2025, "apk-kz-55")]
    [InlineData("В Туркестане состоялась XXII сессия областной Ассамблеи народа Казахстана.", "ru", 2025, "apk-kz-61")]
    [InlineData("Yesterday the XXXII session of the regional Assembly took place in Semey.", "en", 2025, "apk-kz-10")]
    [InlineData("Yesterday the XXIII session of the regional Assembly took place in Semey.", "en", 2019, "apk-kz-63")]
    [InlineData("Вчера в Талдыкоргане прошла XXV сессия областной ассамблеи.", "ru", 2020, "apk-kz-19")]
    [InlineData("Вчера в Талдыкоргане прошла V сессия областной ассамблеи.", "ru", 2024, "apk-kz-33")]
    [InlineData("Вчера в Павлодаре состоялась XXII сессия ассамблеи народа Казахстана области.", "ru", 2016, "apk-kz-55")]
    public void A_regional_assembly_named_by_its_adjective_meets_in_its_regions_centre(string text, string culture, int year, string body) =>
        Assert.Equal(body, Assert.Single(Read(text, culture, new LocalDate(year, 11, 20)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("Глава региона поручил Ассамблее народа Казахстана Павлодарской области провести 50 мероприятий до конца года.", "ru")]
    [InlineData("Облыс әкімі Павлодар облыстық ҚХА-ға жыл соңына дейін 50 іс-шара өткізуді тапсырды.", "kk")]
    [InlineData("The governor instructed the Pavlodar Regional Assembly of People of Kazakhstan to hold 50 events by the end of the year.", "en")]
    [InlineData("АНК Павлодарской области могла бы провести 50 мероприятий.", "ru")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan could hold 50 events.", "en")]
    public void Activities_instructed_or_possible_are_not_held(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 20)), "planned");

    [Theory]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan holds about 500 events a year.", "en")]
    [InlineData("Павлодар облыстық ҚХА жылына 500-ге жуық іс-шара өткізеді.", "kk")]
    public void So_many_a_year_is_a_rate(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 20)), "a rate");

    [Theory]
    [InlineData("В столичном Доме дружбы торжественно открыли новый учебный год воскресные школы Ассамблеи народа Казахстана города Астаны.", "ru")]
    [InlineData("In the capital's House of Friendship the Sunday schools of the Astana Assembly of People of Kazakhstan opened the new school year.", "en")]
    [InlineData("Астанадағы Достық үйінде Қазақстан халқы Ассамблеясының жексенбілік мектептері жаңа оқу жылын ашты.", "kk")]
    public void A_house_named_as_the_place_of_an_opening_is_not_opened(string text, string culture) =>
        AssertNoFactButAMention<ReadFriendshipHouse>(Read(text, culture, new LocalDate(2019, 9, 9)), "place of something else");

    [Theory]
    [InlineData("В Актюбинской области работают 18 ЭКО.\n(Из выступления на XX сессии\nАссамблеи народа Казахстана)", "ru")]
    [InlineData("Ақтөбе облысында 18 этномәдени бірлестік жұмыс істейді.\n(Қазақстан халқы Ассамблеясының\nXX сессиясындағы сөзінен)", "kk")]
    [InlineData("Aktobe Region has 18 ethnocultural associations.\n(From the speech at the XX session\nof the Assembly of People of Kazakhstan)", "en")]
    public void A_line_broken_inside_parentheses_is_one_sentence(string text, string culture) =>
        Assert.Equal("apk", Assert.Single(Read(text, culture, new LocalDate(2016, 2, 20)).FactsOf<ReadSession>()).Session.Body.Id.ToString());

    [Theory]
    [InlineData("Президент Казахстана выступил на 79-й сессии Генеральной Ассамблеи ООН в Нью-Йорке.", "ru")]
    [InlineData("Мемлекет басшысы БҰҰ Бас Ассамблеясының 79-сессиясында сөз сөйледі.", "kk")]
    [InlineData("The President addressed the 79th session of the UN General Assembly in New York.", "en")]
    [InlineData("Астанада ЕҚЫҰ Парламенттік Ассамблеясының 32-ші сессиясы өтті.", "kk")]
    [InlineData("В Астане прошла 32-я сессия Парламентской ассамблеи ОБСЕ.", "ru")]
    [InlineData("The second session of the Arunachal Pradesh Legislative Assembly was held in Itanagar.", "en")]
    public void Sessions_of_other_assemblies_are_not_the_Assemblys(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2024, 9, 25)).FactsOf<ReadSession>());

    [Theory]
    [InlineData("В Алматы прошла III сессия Ассамблеи народов Евразии.", "ru")]
    [InlineData("Еуразия халықтары ассамблеясының III сессиясы Алматыда өтті.", "kk")]
    [InlineData("The 5th session of the Assembly of Peoples of Eurasia was held in Almaty.", "en")]
    [InlineData("Жастар ассамблеясының V сессиясы Павлодарда өтті.", "kk")]
    [InlineData("The 5th session of the Youth Assembly was held in Pavlodar.", "en")]
    public void An_assembly_of_the_peoples_of_elsewhere_or_of_youth_is_another_body(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2024, 9, 25)).FactsOf<ReadSession>());

    [Theory]
    [InlineData("Ассамблея народов Евразии с начала года провела 40 мероприятий в Алматы.", "ru")]
    [InlineData("Всемирная ассамблея тюркских народов провела в Астане 12 мероприятий.", "ru")]
    [InlineData("The World Assembly of Turkic Peoples held 12 events in Astana this year.", "en")]
    public void Another_assemblys_activities_are_not_the_Assemblys(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2024, 9, 25)), "another assembly");

    [Theory]
    [InlineData("In the third quarter, the Pavlodar Regional Assembly organised 148 events, among them 22 charity drives.", "Event 148, CharityAction 22")]
    [InlineData("In the third quarter, the Pavlodar Regional Assembly held 22 charitable campaigns.", "CharityAction 22")]
    [InlineData("In the third quarter, the Pavlodar Regional Assembly held 22 events with 40 campaigners.", "Event 22")]
    public void English_drives_and_campaigns_are_charity_actions_and_campaigners_are_not(string text, string tallies)
    {
        ReadSummary summary = Assert.Single(Read(text, "en", new LocalDate(2025, 10, 6)).FactsOf<ReadSummary>());
        Assert.Equal(tallies, string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}")));
    }

    [Theory]
    [InlineData("Eight district assemblies have been created in Almaty region this year. Together they have already held 96 events.", "en")]
    [InlineData("В Алматинской области в этом году созданы восемь районных ассамблей. Вместе они уже провели 96 мероприятий.", "ru")]
    [InlineData("Алматы облысында биыл сегіз аудандық ассамблея құрылды. Олар бірлесіп 96 іс-шара өткізді.", "kk")]
    public void A_sentence_right_after_a_district_assemblys_goes_on_about_it(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 8, 5)), "district assembly's figure");

    [Theory]
    [InlineData("Eight district assemblies have been created in Almaty region this year. Since the start of the year, 640 events were held in the region.", "en")]
    [InlineData("В Алматинской области в этом году созданы восемь районных ассамблей. С начала года в области проведено 640 мероприятий.", "ru")]
    [InlineData("Алматы облысында биыл сегіз аудандық ассамблея құрылды. Жыл басынан бері облыста 640 іс-шара өткізілді.", "kk")]
    public void A_sentence_after_a_district_assemblys_that_names_the_region_is_the_regions(string text, string culture) =>
        Assert.Equal("summary YTD 2025-08-05 of apk-kz-19: Event 640", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 8, 5)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("A new Friendship House was opened in Aktau on the fifth of September.", "en")]
    [InlineData("A new Friendship House was opened in Aktau on the 5th of September.", "en")]
    [InlineData("Пятого сентября в Актау открылся Дом дружбы.", "ru")]
    [InlineData("Қыркүйектің 5-і күні Ақтауда Достық үйі ашылды.", "kk")]
    [InlineData("Ақтауда қыркүйектің 5-інде Достық үйі ашылды.", "kk")]
    public void A_day_written_in_words_or_after_its_month_dates_a_house(string text, string culture) =>
        Assert.Equal("friendship house in KZ-47, opened 2025-09-05", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 9, 16)).FactsOf<ReadFriendshipHouse>())));

    [Fact]
    public void The_first_may_be_no_date()
    {
        ReportReading reading = Read("The first may be the hardest: the Mangystau Regional Assembly held 40 events in August.", "en", new LocalDate(2025, 9, 16));
        Assert.Equal("summary 2025-08 of apk-kz-47: Event 40", ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadSummary>())));
    }

    [Fact]
    public void Two_days_after_a_Kazakh_month_are_a_span_of_days()
    {
        ReportReading reading = Read("Маңғыстау облыстық ҚХА қыркүйектің 5-і мен 10-ы аралығында 12 іс-шара өткізді.", "kk", new LocalDate(2025, 9, 16));
        Assert.Equal("summary 2025-09-05/2025-09-10 of apk-kz-47: Event 12", ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadSummary>())));
    }

    [Theory]
    [InlineData("Қостанай облыстық ҚХА биылғы жылдың алғашқы тоқсанында 260 іс-шара өткізді, оның 120-сы жастар арасында ұйымдастырылды. Іс-шараларға 30 мыңнан астам адам қатысты.",
        "summary 2025-Q1 of apk-kz-39: Event 260, People >30000")]
    [InlineData("Қостанай облыстық ҚХА биыл 260 іс-шара өткізді, оның 31-і жастарға арналды.", "summary 2025 of apk-kz-39: Event 260")]
    public void A_Kazakh_number_with_a_possessive_ending_is_a_part_of_the_count_before_not_a_count(string text, string summary) =>
        Assert.Equal(summary, ReportCorpus.Describe(Assert.Single(Read(text, "kk", new LocalDate(2025, 4, 5)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("In 2024 the East Kazakhstan Regional Assembly organised 1,050 events, or 7 percent of all the Assembly's events in the country.", "en")]
    [InlineData("В 2024 году ассамблея ВКО провела 1050 мероприятий, или 7% от всех мероприятий по стране.", "ru")]
    [InlineData("2024 жылы ШҚО ҚХА 1050 іс-шара өткізді, бұл елімізде өткен іс-шаралардың 7 пайызы.", "kk")]
    public void The_whole_country_as_the_base_of_a_share_after_the_count_leaves_the_figure_the_regions(string text, string culture) =>
        Assert.Equal("summary 2024 of apk-kz-63: Event 1050", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 2, 14)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("В 2024 году по всей стране проведено 15 тысяч мероприятий, из них 7% – в ВКО.", "ru")]
    [InlineData("In 2024, 15,000 events were held across the country, 7% of them in East Kazakhstan.", "en")]
    public void A_share_after_the_whole_countrys_count_leaves_the_count_the_countrys(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 2, 14)), "whole country");

    [Theory]
    [InlineData("Council of the Assembly meets in Astana\n\nAt a meeting of the Council of the Assembly of People of Kazakhstan in Astana on Tuesday, the head of the Turkistan Regional Assembly reported that his assembly had held 1,870 events since the start of the year.", "en")]
    [InlineData("Совет Ассамблеи собрался в Астане\n\nНа заседании Совета Ассамблеи народа Казахстана в Астане председатель Ассамблеи народа Казахстана Туркестанской области сообщил, что с начала года проведено 1870 мероприятий.", "ru")]
    [InlineData("Астанада ҚХА кеңесі өтті\n\nАстанада өткен Қазақстан халқы Ассамблеясы кеңесінің отырысында Түркістан облыстық ҚХА төрағасының орынбасары жыл басынан бері 1870 іс-шара өткізілгенін айтты.", "kk")]
    public void The_body_a_sentence_names_before_its_count_is_the_reporter_not_the_venue(string text, string culture) =>
        Assert.Equal("summary YTD 2025-10-16 of apk-kz-61: Event 1870", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 10, 16)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("Shymkent qalalyq Qazaqstan halqy Assambleiasy biyl 540 ıs-şara ötkızdı.", "summary 2025 of apk-kz-79: Event 540")]
    [InlineData("Aktobe oblystyq Qazaqstan halqy Assambleiasy biyl 540 ıs-şara ötkızdı.", "summary 2025 of apk-kz-15: Event 540")]
    public void Kazakh_in_Latin_letters_reads_a_place_spelt_as_English_spells_it(string text, string summary) =>
        Assert.Equal(summary, ReportCorpus.Describe(Assert.Single(Read(text, "kk-Latn", new LocalDate(2025, 10, 20)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("Өткен жылы Түркістан облыстық Қазақстан халқы Ассамблеясы 2 400 іс-шара өткізді. Оның 380-і Ассамблеяның 30 жылдығына арналды.", "kk", "Event 2400, AnniversaryEvent 380")]
    [InlineData("В прошлом году Ассамблея народа Казахстана Туркестанской области провела 2400 мероприятий. Из них 380 посвящены 30-летию АНК.", "ru", "Event 2400, AnniversaryEvent 380")]
    [InlineData("Last year the Turkistan Regional Assembly held 2,400 events. Of these, 380 were dedicated to the Assembly's 30th anniversary.", "en", "Event 2400, AnniversaryEvent 380")]
    [InlineData("Last year the Turkistan Regional Assembly held 2,400 events. Of these, 40 were charity actions.", "en", "Event 2400, CharityAction 40")]
    [InlineData("Last year the Turkistan Regional Assembly held 2,400 events. Of these, 40 were held in Shymkent.", "en", "Event 2400")]
    [InlineData("Last year the Turkistan Regional Assembly held 2,400 events. Of these, 40 were dedicated to the 30th anniversary of Independence.", "en", "Event 2400")]
    [InlineData("Last year the Turkistan Regional Assembly held 240 events. Of these, 400 were charity actions.", "en", "Event 240")]
    public void A_share_of_the_events_just_counted_joins_their_summary_as_its_kind(string text, string culture, string tallies)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2026, 1, 14)).FactsOf<ReadSummary>());
        Assert.Equal(tallies, string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}")));
    }

    [Theory]
    [InlineData("Молодежное крыло Ассамблеи народа Казахстана Карагандинской области во втором квартале провело 54 мероприятия. Всего ассамблея области за квартал провела 212 мероприятий.", "ru")]
    [InlineData("In the second quarter the youth wing of the Karaganda Regional Assembly held 54 events. In total, the assembly held 212 events in the quarter.", "en")]
    [InlineData("Қарағанды облыстық ҚХА жастар қанаты екінші тоқсанда 54 іс-шара өткізді. Жалпы тоқсанда облыстық ҚХА 212 іс-шара өткізді.", "kk")]
    public void A_total_after_a_count_of_its_kind_body_and_period_makes_that_count_its_part(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 7, 8));
        Assert.Equal("summary 2025-Q2 of apk-kz-35: Event 212", ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadSummary>())));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("part of the total", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("В III квартале Ассамблея народа Казахстана Акмолинской области провела 46 выездных встреч. В каждой встрече участвовали от 50 до 100 человек.", "ru")]
    [InlineData("In the third quarter the Akmola Regional Assembly held 46 outreach meetings. Each meeting drew about 80 people.", "en")]
    [InlineData("Үшінші тоқсанда Ақмола облыстық ҚХА 46 кездесу өткізді. Әрбір кездесуге 80-ге жуық адам қатысты.", "kk")]
    public void People_at_each_one_are_no_reach_of_all(string text, string culture) =>
        Assert.Equal("summary 2025-Q3 of apk-kz-11: OutreachMeeting 46", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 10, 6)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("По итогам 2025 года Ассамблеей народа Казахстана области Жетісу проведено более 900 мероприятий. Более чем в 300 из них приняли участие представители молодежи.", "ru")]
    [InlineData("In 2025 the Jetisu Regional Assembly held more than 900 events. Young people took part in 300 of them.", "en")]
    public void A_number_of_them_is_a_part_of_the_count_before_not_a_count_of_people(string text, string culture) =>
        Assert.Equal("summary 2025 of apk-kz-33: Event >900", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2026, 1, 10)).FactsOf<ReadSummary>())));

    [Fact]
    public void A_Kazakh_dative_before_a_word_of_more_is_a_difference_with_or_without_a_comparison_word() =>
        Assert.Equal("summary 2025 of apk-kz-55: Event 1050", ReportCorpus.Describe(Assert.Single(Read("Павлодар облыстық ҚХА 2025 жыл ішінде 1 050 іс-шара өткізді. Бұл былтырғы көрсеткіштен 120-ға көп.", "kk", new LocalDate(2025, 12, 26)).FactsOf<ReadSummary>())));

    [Fact]
    public void Kazakh_various_is_no_each() =>
        Assert.Equal("summary 2025 of apk-kz-55: Event 50", ReportCorpus.Describe(Assert.Single(Read("Павлодар облыстық ҚХА биыл әр түрлі 50 іс-шара өткізді.", "kk", new LocalDate(2025, 12, 26)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan held its 35th session on Friday.", "en", "2025-12-12")]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan held its 35th session last Friday.", "en", "2025-12-12")]
    [InlineData("В пятницу в Караганде прошла XXXV сессия Ассамблеи народа Казахстана Карагандинской области.", "ru", "2025-12-12")]
    [InlineData("В прошлый понедельник в Караганде прошла XXXV сессия Ассамблеи народа Казахстана Карагандинской области.", "ru", "2025-12-08")]
    [InlineData("В понедельник в Караганде прошла XXXV сессия Ассамблеи народа Казахстана Карагандинской области.", "ru", "2025-12-15")]
    [InlineData("Жұма күні Қарағанды облыстық ҚХА-ның XXXV сессиясы өтті.", "kk", "2025-12-12")]
    [InlineData("Два дня назад в Караганде прошла XXXV сессия Ассамблеи народа Казахстана Карагандинской области.", "ru", "2025-12-13")]
    [InlineData("Үш күн бұрын Қарағанды облыстық ҚХА-ның XXXV сессиясы өтті.", "kk", "2025-12-12")]
    [InlineData("The Karaganda Regional Assembly held its 35th session 3 days ago.", "en", "2025-12-12")]
    public void A_day_of_the_week_or_days_ago_date_a_session_before_a_Monday_publication(string text, string culture, string day) =>
        Assert.Equal($"session XXXV of apk-kz-35 on {day}", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 12, 15)).FactsOf<ReadSession>())));

    [Theory]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan held its 35th session yesterday, reviewing a year in which it organised 1,640 events.", "en")]
    [InlineData("Вчера прошла XXXV сессия Ассамблеи народа Казахстана Карагандинской области, на которой отметили, что проведено 1640 мероприятий.", "ru")]
    [InlineData("Кеше Қарағанды облыстық ҚХА-ның XXXV сессиясы өтіп, онда 1640 іс-шара өткізілгені айтылды.", "kk")]
    public void A_sessions_day_does_not_date_the_counts_reported_at_it(string text, string culture) =>
        Assert.Equal("summary YTD 2025-12-15 of apk-kz-35: Event 1640", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 12, 15)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("В Таразе прошла ХХХII сессия Ассамблеи народа Казахстана Жамбылской области. Сессия прошла 14 ноября.", "ru")]
    [InlineData("Тараз қаласында Жамбыл облыстық ҚХА-ның XXXII сессиясы өтті. Сессия 14 қарашада өтті.", "kk")]
    [InlineData("The Zhambyl Regional Assembly held its 32nd session in Taraz. The session took place on November 14.", "en")]
    public void A_sessions_day_given_in_a_later_sentence_of_its_paragraph_dates_it(string text, string culture) =>
        Assert.Equal("session XXXII of apk-kz-31 on 2025-11-14", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 11, 15)).FactsOf<ReadSession>())));

    [Fact]
    public void Sunday_schools_name_no_day() =>
        Assert.Equal("summary YTD 2025-06-20 of apk-kz-55: Event 40", ReportCorpus.Describe(Assert.Single(Read("The Pavlodar Regional Assembly's Sunday schools held 40 events.", "en", new LocalDate(2025, 6, 20)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("С начала года Ассамблея народа Казахстана Костанайской области провела 1500 мероприятий. Из них 300 мероприятий прошли онлайн.", "ru")]
    [InlineData("Since January the Kostanay Regional Assembly held 1,500 events. Of them, 300 events were held online.", "en")]
    [InlineData("Жыл басынан бері Қостанай облыстық ҚХА 1500 іс-шара өткізді. Оның ішінде 300 іс-шара онлайн өтті.", "kk")]
    public void A_part_of_the_kind_just_counted_is_no_count_of_its_own(string text, string culture) =>
        Assert.Equal("summary YTD 2025-12-19 of apk-kz-39: Event 1500", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 12, 19)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("Assembly marks 30 years with thousands of events", "en")]
    [InlineData("Ассамблея: 30 лет и тысячи мероприятий", "ru")]
    public void Years_counted_before_other_words_count_no_activities(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 20)).FactsOf<ReadSummary>());

    [Fact]
    public void A_regional_assembly_in_the_Kazakh_nominative_before_the_years_marks_the_Assemblys_jubilee()
    {
        ReportReading reading = Read("Биыл Жамбыл облыстық Қазақстан халқы Ассамблеясы 30 жылдық мерейтой аясында ауқымды жұмыстар атқарды.", "kk", new LocalDate(2025, 12, 22));
        Assert.Equal("anniversary 30 of apk in 2025", ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadAnniversary>())));
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской обл. за 11 месяцев провела 990 мероприятий.", "apk-kz-35")]
    [InlineData("АНК Восточно-Казахстанской обл. за 11 месяцев провела 990 мероприятий.", "apk-kz-63")]
    public void A_region_word_abbreviated_names_its_region(string text, string body) =>
        Assert.Equal($"summary 2025-01-01/2025-11-30 of {body}: Event 990", ReportCorpus.Describe(Assert.Single(Read(text, "ru", new LocalDate(2025, 12, 6)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("Жамбыл облыстық ҚХА биыл 700 іс-шара өткізсе, Түркістан облыстық ҚХА 1 800 іс-шара өткізген.", "kk")]
    [InlineData("В этом году Ассамблея народа Казахстана Жамбылской области провела 700 мероприятий, Ассамблея народа Казахстана Туркестанской области – 1800 мероприятий.", "ru")]
    [InlineData("This year the Zhambyl Regional Assembly held 700 events, the Turkistan Regional Assembly 1,800 events.", "en")]
    public void Two_clauses_each_opening_with_its_assembly_give_each_its_count_and_keep_the_period(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-31: Event 700", "summary 2025 of apk-kz-61: Event 1800"], Read(text, culture, new LocalDate(2025, 9, 25)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Двадцать пятого ноября в Семее прошла IV сессия Ассамблеи народа Казахстана области Абай.", "ru")]
    [InlineData("On the twenty-fifth of November the 4th session of the Abai Regional Assembly took place in Semey.", "en")]
    public void A_day_in_words_with_its_tens_dates_a_session(string text, string culture) =>
        Assert.Equal("session IV of apk-kz-10 on 2025-11-25", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 11, 26)).FactsOf<ReadSession>())));

    [Theory]
    [InlineData("Together with the Zhambyl Regional Assembly of People of Kazakhstan, the regional department of internal policy organised 120 events in the first half of the year.", "en")]
    [InlineData("Совместно с Ассамблеей народа Казахстана Жамбылской области управление внутренней политики провело 120 мероприятий в первом полугодии.", "ru")]
    [InlineData("Облыстық ішкі саясат басқармасы Жамбыл облыстық ҚХА-мен бірлесіп бірінші жартыжылдықта 120 іс-шара өткізді.", "kk")]
    public void Another_organisers_activities_held_with_the_assembly_are_the_organisers(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 7, 12)), "another organiser");

    [Theory]
    [InlineData("In October the Kostanay Regional Assembly of People of Kazakhstan held 15 charity actions that helped 230 families and 40 elderly residents.", "en", "CharityAction 15")]
    [InlineData("В октябре Ассамблея народа Казахстана Костанайской области провела 15 благотворительных акций, помогли 40 пожилым жителям.", "ru", "CharityAction 15")]
    [InlineData("Қазан айында Қостанай облыстық ҚХА 15 қайырымдылық акциясын өткізіп, 40 тұрғынға көмек көрсетілді.", "kk", "CharityAction 15")]
    [InlineData("В июне Ассамблея народа Казахстана Костанайской области провела 18 мероприятий. В них приняли участие 2 тысячи детей и 500 взрослых.", "ru", "Event 18")]
    public void People_helped_or_counted_in_parts_are_no_reach(string text, string culture, string tallies)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 11, 5)).FactsOf<ReadSummary>());
        Assert.Equal(tallies, string.Join(", ", summary.Summary.Tallies.Select(t => $"{t.Kind} {t.Count}")));
        Assert.Null(summary.Summary.PeopleReached);
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Костанайской области с начала года провела тысячу двести мероприятий.", "ru", 1200)]
    [InlineData("Ассамблея народа Казахстана Костанайской области с начала года провела 2 тысячи 500 мероприятий.", "ru", 2500)]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері мың екі жүз іс-шара өткізді.", "kk", 1200)]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері 2 мың 500 іс-шара өткізді.", "kk", 2500)]
    [InlineData("Since the start of the year the Kostanay Regional Assembly held two thousand three hundred events.", "en", 2300)]
    public void The_rest_below_a_scale_right_after_it_is_one_number(string text, string culture, long events) =>
        Assert.Equal($"summary YTD 2025-11-15 of apk-kz-39: Event {events}", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 11, 15)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("2025 жылғы 3 желтоқсанда Рудный қаласында Достық үйі ашылды.", "kk", "2025-12-04", "friendship house in KZ-39, opened 2025-12-03")]
    [InlineData("Вчера в Экибастузе открылся Дом дружбы.", "ru", "2025-12-04", "friendship house in KZ-55, opened 2025-12-03")]
    [InlineData("A Friendship House opened in Satpayev on 1 December.", "en", "2025-12-04", "friendship house in KZ-62, opened 2025-12-01")]
    [InlineData("A Friendship House opened in Satpayev on 1 December 2021.", "en", "2021-12-04", "friendship house in KZ-35, opened 2021-12-01")]
    public void A_house_opened_in_a_town_of_regional_significance_is_in_its_region_of_the_day(string text, string culture, string published, string house) =>
        Assert.Equal(house, ReportCorpus.Describe(Assert.Single(Read(text, culture, NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value).FactsOf<ReadFriendshipHouse>())));

    [Theory]
    [InlineData("Ассамблея народа Казахстана области Жетісу в марте провела 52 мероприятия, их посетили от 8 до 10 тысяч человек.", "ru")]
    [InlineData("In March the Jetisu Regional Assembly held 52 events, attended by from 8,000 to 10,000 people.", "en")]
    [InlineData("Жетісу облыстық ҚХА наурызда 52 іс-шара өткізді, оларға 8-10 мың адам қатысты.", "kk")]
    public void A_reach_given_as_a_range_is_no_count(string text, string culture)
    {
        ReadSummary summary = Assert.Single(Read(text, culture, new LocalDate(2025, 4, 2)).FactsOf<ReadSummary>());
        Assert.Equal("summary 2025-03 of apk-kz-33: Event 52", ReportCorpus.Describe(summary));
    }

    [Fact]
    public void A_sessions_number_joined_by_a_hyphen_to_its_noun_numbers_it() =>
        Assert.Equal("session XXXIII of apk-kz-43 on 2025-12-05", ReportCorpus.Describe(Assert.Single(Read("Қызылорда облыстық ҚХА-ның 33-сессиясы 5 желтоқсанда өтті.", "kk", new LocalDate(2025, 12, 6)).FactsOf<ReadSession>())));

    [Fact]
    public void An_English_city_assembly_of_a_town_is_a_mention() =>
        AssertNoFactButAMention<ReadSummary>(Read("The Turkistan City Assembly of People of Kazakhstan held 85 events this year.", "en", new LocalDate(2025, 11, 20)), "town assembly");

    [Theory]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan held 290 events in the first half of 2025 and plans about 300 more in the second half.", "en", "2025-07-08", "summary 2025-01-01/2025-06-30 of apk-kz-35: Event 290")]
    [InlineData("Ассамблея народа Казахстана Карагандинской области в первом полугодии провела 290 мероприятий и планирует провести еще 300.", "ru", "2025-07-08", "summary 2025-01-01/2025-06-30 of apk-kz-35: Event 290")]
    [InlineData("Жамбыл облыстық ҚХА биыл 650 іс-шара өткізуді жоспарлаған еді, алайда 700 іс-шара өткізілді.", "kk", "2025-12-10", "summary 2025 of apk-kz-31: Event 700")]
    public void A_plan_word_marks_only_the_counts_of_its_clause(string text, string culture, string published, string summary)
    {
        ReportReading reading = Read(text, culture, NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value);
        Assert.Equal(summary, ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadSummary>())));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("planned", System.StringComparison.Ordinal) || m.Reason.Contains("belongs to no fact", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Маңғыстау облыстық ҚХА үшінші тоқсанда жоспарланған 200 іс-шараның орнына 230 іс-шара өткізді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Мангистауской области в третьем квартале вместо запланированных 200 мероприятий провела 230.", "ru")]
    [InlineData("In the third quarter, instead of the planned 200 events, the Mangystau Regional Assembly held 230 events.", "en")]
    public void A_count_held_instead_of_a_plan_is_held_and_the_plan_is_a_mention(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 8));
        Assert.Equal("summary 2025-Q3 of apk-kz-47: Event 230", ReportCorpus.Describe(Assert.Single(reading.FactsOf<ReadSummary>())));
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase.StartsWith("200", System.StringComparison.Ordinal) && m.Reason.Contains("planned", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Of the 1,200 events the Zhambyl Regional Assembly of People of Kazakhstan held this year, 300 were charity actions.", "summary 2025 of apk-kz-31: Event 1200, CharityAction 300")]
    [InlineData("The Zhambyl Regional Assembly of People of Kazakhstan held 1,200 events this year; 300 were held online.", "summary 2025 of apk-kz-31: Event 1200")]
    public void A_kind_after_were_names_what_a_part_counts(string text, string summary) =>
        Assert.Equal(summary, ReportCorpus.Describe(Assert.Single(Read(text, "en", new LocalDate(2025, 12, 15)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("Ақмола облыстық ҚХА биыл 480 іс-шара өткізді. Былтыр бұл көрсеткіш 410 болған.", "kk")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области в этом году провела 480 мероприятий. В прошлом году этот показатель составлял 410.", "ru")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan held 480 events this year. Last year the figure was 410.", "en")]
    public void A_figure_of_another_period_in_the_next_sentence_counts_the_same_kind(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-11: Event 480", "summary 2024 of apk-kz-11: Event 410"],
            Read(text, culture, new LocalDate(2025, 12, 1)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ақмола облыстық ҚХА биыл 480 іс-шара өткізді. Бұл көрсеткіш 410 болған.", "kk")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan held 480 events this year. The figure was 410 in the spring.", "en")]
    public void A_figure_with_no_period_of_its_own_is_no_count(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-11: Event 480"], Read(text, culture, new LocalDate(2025, 12, 1)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("С начала года Ассамблея народа Казахстана Туркестанской области провела 1 045 мероприятий. В сентябре прошло 120 из них.", "ru")]
    [InlineData("Since the start of the year the Turkistan Regional Assembly of People of Kazakhstan has held 1,045 events. In September, 120 of them took place.", "en")]
    public void A_part_that_opens_with_its_own_month_is_that_months_count(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-10-07 of apk-kz-61: Event 1045", "summary 2025-09 of apk-kz-61: Event 120"],
            Read(text, culture, new LocalDate(2025, 10, 7)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_part_whose_period_is_another_things_stays_a_part() =>
        Assert.Equal(["summary 2025 of apk-kz-61: Event 1900"],
            Read("The Turkistan Regional Assembly of People of Kazakhstan organised 1,900 events this year. The region's Friendship House, opened last year, hosted 180 of them.", "en", new LocalDate(2025, 12, 20))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана города Шымкента в 2025 году провела 410 мероприятий против 350 в 2024 году.", "ru")]
    [InlineData("The Shymkent City Assembly of People of Kazakhstan held 410 events in 2025, up from 350 in 2024.", "en")]
    [InlineData("The Shymkent City Assembly of People of Kazakhstan held 410 events in 2025, compared with 350 in 2024.", "en")]
    [InlineData("Шымкент қалалық ҚХА 2025 жылы 410 іс-шара өткізді, 2024 жылы – 350.", "kk")]
    public void A_comparisons_base_with_a_year_of_its_own_is_that_years_count(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-79: Event 410", "summary 2024 of apk-kz-79: Event 350"],
            Read(text, culture, new LocalDate(2026, 1, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_comparisons_base_beside_a_count_with_no_period_is_a_mention()
    {
        ReportReading reading = Read("The Pavlodar Regional Assembly of People of Kazakhstan held 12 events, compared with 10 in 2024.", "en", new LocalDate(2025, 6, 20));
        Assert.Equal(["summary YTD 2025-06-20 of apk-kz-55: Event 12"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase == "10" && m.Reason.Contains("compared", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Қырғызстан халқы Ассамблеясының өкілдері Алматы облыстық ҚХА мүшелерімен кездесті. Қырғыз тарапы биыл 150 іс-шара өткізгенін айтты.", "kk")]
    [InlineData("Представители Ассамблеи народа Кыргызстана встретились с членами Ассамблеи народа Казахстана Алматинской области. Кыргызская сторона сообщила, что в этом году провела 150 мероприятий.", "ru")]
    [InlineData("Members of the Assembly of People of Kyrgyzstan met the Almaty Regional Assembly of People of Kazakhstan. The Kyrgyz side said it had held 150 events this year.", "en")]
    public void Another_countrys_side_in_talks_gives_no_fact(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 10, 2)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Ассамблея народа Казахстана Павлодарской области: целевой показатель на 2025 год – 1 000 мероприятий, выполнено 870.", "ru")]
    [InlineData("Павлодар облыстық ҚХА: 2025 жылға арналған нысаналы көрсеткіш – 1 000 іс-шара, 870 іс-шара өткізілді.", "kk")]
    public void A_target_is_a_plan_and_what_was_fulfilled_of_it_is_held(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-55: Event 870"], Read(text, culture, new LocalDate(2025, 11, 25)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Маңғыстау облыстық ҚХА жылдық жоспардың 95 пайызын орындады: 570 іс-шара өткізілді.", "kk")]
    [InlineData("Ассамблея народа Казахстана Мангистауской области выполнила годовой план на 95 процентов: проведено 570 мероприятий.", "ru")]
    [InlineData("The Mangystau Regional Assembly of People of Kazakhstan has fulfilled 95 percent of its annual plan, holding 570 events.", "en")]
    public void A_plan_carried_out_is_no_plan_word_for_what_was_held(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-12-10 of apk-kz-47: Event 570"], Read(text, culture, new LocalDate(2025, 12, 10)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan held 540 events in 2025, and its secretariat organised 12 off-site meetings of the assembly's council.", "en", "summary 2025 of apk-kz-11: Event 540")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области в 2025 году провела 540 мероприятий и 12 встреч совета матерей.", "ru", "summary 2025 of apk-kz-11: Event 540")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области в 2025 году провела 540 мероприятий и 12 встреч с советом ветеранов.", "ru", "summary 2025 of apk-kz-11: Event 540, OutreachMeeting 12")]
    public void A_councils_own_meetings_are_no_outreach_meetings(string text, string culture, string summary) =>
        Assert.Equal([summary], Read(text, culture, new LocalDate(2025, 12, 24)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В 2025 году Ассамблея народа Казахстана Атырауской области приняла участие в 12 республиканских мероприятиях.", "ru")]
    [InlineData("Representatives of the Pavlodar Regional Assembly of People of Kazakhstan took part in 15 events organised by the regional akimat in October.", "en")]
    [InlineData("Түркістан облыстық ҚХА өкілдері биыл 20 республикалық іс-шараға қатысты.", "kk")]
    [InlineData("В 2025 году Ассамблея народа Казахстана Павлодарской области стала участником 8 республиканских акций.", "ru")]
    public void Activities_the_body_took_part_in_are_not_activities_it_held(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 12, 15));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("took part in", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Более 2 тысяч человек приняли участие в 12 мероприятиях, организованных Ассамблеей народа Казахстана Жамбылской области в марте.", "ru")]
    [InlineData("Over 2,000 people took part in 12 events held by the Zhambyl Regional Assembly of People of Kazakhstan in March.", "en")]
    [InlineData("Жамбыл облыстық ҚХА наурызда өткізген 12 іс-шараға 2 мыңнан астам адам қатысты.", "kk")]
    public void People_who_took_part_in_the_activities_are_their_reach(string text, string culture) =>
        Assert.Equal(["summary 2025-03 of apk-kz-31: Event 12, People >2000"], Read(text, culture, new LocalDate(2025, 4, 2)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("«В следующем году мы проведем не менее 500 мероприятий», — сказал заместитель председателя Ассамблеи народа Казахстана Костанайской области.", "ru")]
    [InlineData("«Келесі жылы 500 іс-шара өткіземіз», – деді Қостанай облыстық ҚХА төрағасының орынбасары.", "kk")]
    [InlineData("\"Next year we will hold at least 500 events,\" said the deputy chair of the Kostanay Regional Assembly of People of Kazakhstan.", "en")]
    public void A_promise_in_the_first_person_is_a_plan(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 18)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("The Kostanay regional branch of the Kazakhstan People's Assembly held 56 events in September, while the Assembly nationwide held more than 3,000.", "en")]
    [InlineData("Ассамблея народа Казахстана Костанайской области в сентябре провела 56 мероприятий, а Ассамблея народа Казахстана по всей стране – более 3 тысяч.", "ru")]
    [InlineData("Қостанай облыстық ҚХА қыркүйекте 56 іс-шара өткізді, ал елімізде Қазақстан халқы Ассамблеясы 3 мыңнан астам іс-шара өткізді.", "kk")]
    public void The_whole_country_in_a_clause_after_a_conjunction_is_that_clauses_scope_only(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 4));
        Assert.Equal(["summary 2025-09 of apk-kz-39: Event 56"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("whole country", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Over 600 events in Aktobe this year\n\nThe Aktobe Regional Assembly of People of Kazakhstan has held 612 events since January.", "en")]
    [InlineData("Более 600 мероприятий в Актюбинской области в этом году\n\nС начала года Ассамблея народа Казахстана Актюбинской области провела 612 мероприятий.", "ru")]
    [InlineData("Ақтөбе облысында биыл 600-ден астам іс-шара өтті\n\nЖыл басынан бері Ақтөбе облыстық ҚХА 612 іс-шара өткізді.", "kk")]
    public void A_headline_that_rounds_the_bodys_figure_restates_it(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-10-20 of apk-kz-15: Event 612"], Read(text, culture, new LocalDate(2025, 10, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void An_English_month_after_for_or_over_is_the_counts_month() =>
        Assert.Equal(["summary 2025-11 of apk-kz-43: Event 47", "summary 2025-10 of apk-kz-43: Event 52"],
            Read("The Kyzylorda Regional Assembly of People of Kazakhstan reported 47 events for November.\n\nOver October the Kyzylorda Regional Assembly of People of Kazakhstan held 52 events.", "en", new LocalDate(2025, 12, 3))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Из 300 запланированных на год мероприятий Ассамблея народа Казахстана Костанайской области уже провела 280.", "ru")]
    [InlineData("Of the 300 events planned for the year, the Kostanay Regional Assembly of People of Kazakhstan has held 280.", "en")]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері жоспарланған 300 іс-шараның 280-ін өткізді.", "kk")]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері жоспарланған 280 іс-шара өткізілді.", "kk")]
    public void A_count_held_of_a_plan_is_held(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-11-12 of apk-kz-39: Event 280"], Read(text, culture, new LocalDate(2025, 11, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Костанайской области планирует провести 300 мероприятий.", "ru")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan plans to hold 300 events, and 300 events will be held next year.", "en")]
    [InlineData("Қостанай облыстық ҚХА 300 іс-шара өткізуді жоспарлап отыр.", "kk")]
    public void A_count_planned_with_no_verb_of_holding_between_stays_planned(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 11, 12)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Түркістан облыстық ҚХА жыл басынан бері 1 800 іс-шара ұйымдастырды. Фестивальге 5 мыңнан астам адам жиналды.", "kk")]
    [InlineData("Ассамблея народа Казахстана Туркестанской области с начала года провела 1 800 мероприятий. На фестиваль пришли более 5 тысяч человек.", "ru")]
    [InlineData("The Turkistan Regional Assembly of People of Kazakhstan has held 1,800 events since January. The festival drew more than 5,000 people.", "en")]
    public void People_at_one_event_in_the_next_sentence_are_no_reach(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 15));
        Assert.Equal(["summary YTD 2025-10-15 of apk-kz-61: Event 1800"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("event named before them", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской области отменила 40 мероприятий, запланированных на январь.", "ru")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan has postponed 12 events because of severe frost.", "en")]
    [InlineData("Ауа райына байланысты Павлодар облыстық ҚХА-ның 15 іс-шарасы кейінге қалдырылды.", "kk")]
    public void Activities_cancelled_or_postponed_are_not_held(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 2, 3));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("cancelled or postponed", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASTANA – Regional branches of the Assembly of People of Kazakhstan held more than 15,000 events in the first half of the year. In Karaganda Region, the regional assembly organised 1,020 of them.", "en")]
    [InlineData("АСТАНА. Региональные ассамблеи народа Казахстана в первом полугодии провели более 15 тысяч мероприятий. В Карагандинской области областная ассамблея провела 1 020 из них.", "ru")]
    public void A_regions_part_of_the_whole_countrys_count_is_that_regions(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-06-30 of apk-kz-35: Event 1020"], Read(text, culture, new LocalDate(2025, 7, 21)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("По данным управления внутренней политики, в области за 9 месяцев прошло 900 мероприятий, из них 520 провела ассамблея Северо-Казахстанской области.", "ru")]
    [InlineData("According to the internal policy department, 900 events took place in the region in the first nine months, of which 520 were held by the North Kazakhstan Regional Assembly of People of Kazakhstan.", "en")]
    public void The_part_an_assembly_held_of_every_organisers_count_is_its_count(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 10));
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-59: Event 520"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("every organiser", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_part_of_a_plan_held_is_held() =>
        Assert.Equal(["summary 2025 of apk-kz-62: Event 180"],
            Read("Ұлытау облыстық ҚХА биыл 250-ден астам іс-шара жоспарлаған, оның 180-і өткізілді.", "kk", new LocalDate(2025, 9, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void All_of_a_planned_count_held_is_held() =>
        Assert.Equal(["summary 2025-Q3 of apk-kz-15: Event 50"],
            Read("Ақтөбе облыстық ҚХА үшінші тоқсанда жоспарланған 50 іс-шараның барлығын өткізді.", "kk", new LocalDate(2025, 10, 6)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("При поддержке Ассамблеи народа Казахстана Атырауской области в школах региона в октябре проведено 50 мероприятий.", "ru")]
    [InlineData("With the support of the Atyrau Regional Assembly of People of Kazakhstan, local schools held 30 events in October.", "en")]
    [InlineData("Атырау облыстық ҚХА қолдауымен қазан айында 40 іс-шара өтті.", "kk")]
    public void Activities_held_with_an_assemblys_support_are_not_its_own(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 11, 5));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("support", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Атырауской области при поддержке акимата в октябре провела 50 мероприятий.", "ru")]
    [InlineData("Әкімдіктің қолдауымен Атырау облыстық ҚХА қазан айында 50 іс-шара өткізді.", "kk")]
    public void An_assembly_that_had_anothers_support_held_its_activities(string text, string culture) =>
        Assert.Equal(["summary 2025-10 of apk-kz-23: Event 50"], Read(text, culture, new LocalDate(2025, 11, 5)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Жамбыл облыстық ҚХА мүшелері биыл 25 іс-шараны ұйымдастыруға атсалысты.", "kk")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области в этом году выступила соорганизатором 12 мероприятий.", "ru")]
    [InlineData("This year the Pavlodar Regional Assembly of People of Kazakhstan co-organised 12 events.", "en")]
    public void Activities_a_body_helped_organise_are_not_its_own(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 11, 18)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("ASTANA — The 34th session of the Assembly of People of Kazakhstan will be held on April 23-24.\n\nThe previous 33rd session focused on the response to the floods.", "en", "session XXXIII of apk")]
    [InlineData("АСТАНА. 34-я сессия Ассамблеи народа Казахстана пройдет 23-24 апреля.\n\nПредыдущая 33-я сессия была посвящена ликвидации последствий паводков.", "ru", "session XXXIII of apk")]
    public void The_capitals_dateline_over_the_Assemblys_news_opens_no_report_of_the_capitals_assembly(string text, string culture, string session) =>
        Assert.Equal(session, ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 3, 20)).FactsOf<ReadSession>())));

    [Fact]
    public void The_capitals_dateline_over_a_text_that_names_the_capital_again_is_the_capitals_report() =>
        Assert.Equal(["summary YTD 2020-06-01 of apk-kz-71: CharityAction 56"],
            Read("NUR-SULTAN. KAZINFORM - Today, the People's Assembly of Kazakhstan held a charity event for Children's Day.\n\nSince the beginning of 2020, the Nur-Sultan's branch of the People's Assembly of Kazakhstan carried out 56 charity events.", "en", new LocalDate(2020, 6, 1))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_Kazakh_noun_in_the_dative_before_a_word_of_more_is_a_difference() =>
        Assert.Empty(Read("Ақтөбе облыстық ҚХА биыл өткен жылмен салыстырғанда 120 іс-шараға көп өткізді.", "kk", new LocalDate(2025, 12, 5)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("The Atyrau Regional Assembly planned 40 meetings and 20 charity actions for 2026.", "en")]
    [InlineData("Ассамблея народа Казахстана Атырауской области запланировала 40 встреч и 20 благотворительных акций на 2026 год.", "ru")]
    public void Counts_listed_after_a_plan_word_stay_planned(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 3)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("В 2025 году Ассамблея народа Казахстана Павлодарской области планировала провести 600 мероприятий, а фактически провела 640.", "ru")]
    [InlineData("In 2025 the Pavlodar Regional Assembly planned to hold 600 events, but actually held 640.", "en")]
    public void A_count_held_after_a_plan_takes_the_noun_the_plan_counted(string text, string culture) =>
        Assert.Equal("summary 2025 of apk-kz-55: Event 640", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 12, 24)).FactsOf<ReadSummary>())));

    [Fact]
    public void A_part_with_its_own_period_is_that_periods_count() =>
        Assert.Equal(["summary 2025-Q3 of apk-kz-61: Event 610", "summary 2025-09 of apk-kz-61: Event 230"],
            Read("Түркістан облыстық ҚХА үшінші тоқсанда 610 іс-шара өткізді. Оның ішінде қыркүйекте 230 іс-шара өтті.", "kk", new LocalDate(2025, 10, 4)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Mangystau Regional Assembly of People of Kazakhstan held its 29th session in April and its 30th session on October 23.", "en")]
    [InlineData("В апреле Ассамблея народа Казахстана Мангистауской области провела XXIX сессию, а 23 октября – XXX сессию.", "ru")]
    public void A_day_with_another_session_between_dates_that_one(string text, string culture) =>
        Assert.Equal(["session XXIX of apk-kz-47", "session XXX of apk-kz-47 on 2025-10-23"], Read(text, culture, new LocalDate(2025, 10, 25)).FactsOf<ReadSession>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("АНК СКО по итогам полугодия провела 350 мероприятий.", "ru")]
    [InlineData("СҚО ҚХА жартыжылдық қорытындысы бойынша 350 іс-шара өткізді.", "kk")]
    public void A_half_year_with_no_ordinal_in_the_second_half_is_the_first(string text, string culture) =>
        Assert.Equal("summary 2025-01-01/2025-06-30 of apk-kz-59: Event 350", ReportCorpus.Describe(Assert.Single(Read(text, culture, new LocalDate(2025, 7, 9)).FactsOf<ReadSummary>())));

    [Theory]
    [InlineData("In the first half of the year the Kostanay Regional Assembly of People of Kazakhstan held 210 events. On average, 80 people attended each of them.", "en")]
    [InlineData("In the first half of the year the Kostanay Regional Assembly of People of Kazakhstan held 210 events, with an average of 80 people taking part.", "en")]
    [InlineData("В первом полугодии Ассамблея народа Казахстана Костанайской области провела 210 мероприятий. В среднем в них участвовали 80 человек.", "ru")]
    [InlineData("Қостанай облыстық ҚХА бірінші жартыжылдықта 210 іс-шара өткізді. Оларға орта есеппен 80 адам қатысты.", "kk")]
    public void An_average_is_no_reach(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 7, 8));
        Assert.Equal(["summary 2025-01-01/2025-06-30 of apk-kz-39: Event 210"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.ToString().Contains("«80", System.StringComparison.Ordinal)
            && (m.Reason.Contains("average", System.StringComparison.Ordinal) || m.Reason.Contains("at each one", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The Shymkent Assembly of People of Kazakhstan has held 640 events since January. About 20 of the events were held jointly with youth wings.", "en")]
    [InlineData("Ассамблея народа Казахстана города Шымкента с начала года провела 640 мероприятий. Около 20 из этого числа прошли совместно с молодежными крыльями.", "ru")]
    [InlineData("Ассамблея народа Казахстана города Шымкента с начала года провела 640 мероприятий, 50 человек посещали каждое.", "ru")]
    public void A_part_of_the_events_or_so_many_at_each_is_no_count_of_its_own(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-10-20 of apk-kz-79: Event 640"], Read(text, culture, new LocalDate(2025, 10, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. The number of events grew by 15 percent, and the audience was 2.5 times larger than a year earlier.", "en")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. Количество мероприятий выросло на 15 процентов, а охват – в 2,5 раза.", "ru")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Іс-шаралар саны 15 пайызға артты, ал қамту 2,5 есе өсті.", "kk")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. The audience was 2.5.", "en")]
    public void A_percent_or_a_fraction_after_a_period_is_no_count(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan ranked second among the regions by the number of events held in the first nine months of the year (820).", "en")]
    [InlineData("Ассамблея народа Казахстана Карагандинской области заняла второе место среди регионов по количеству мероприятий, проведенных за девять месяцев (820).", "ru")]
    public void A_count_in_brackets_after_its_noun_is_read(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В этом году ассамблея Акмолинской области провела 45 мероприятий в Бурабайском районе.", "ru")]
    [InlineData("Ақмола облыстық ҚХА биыл Бурабай ауданында 45 іс-шара өткізді.", "kk")]
    [InlineData("This year the Akmola Regional Assembly of People of Kazakhstan held 45 events in Burabay District.", "en")]
    public void A_count_in_one_district_is_a_part_not_the_periods_count(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 12, 5));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("one district", System.StringComparison.Ordinal));
    }

    [Fact]
    public void About_three_hundred_in_russian_is_no_district() =>
        Assert.Equal(["summary 2025 of apk-kz-11: Event 300"],
            Read("В этом году ассамблея Акмолинской области провела в районе 300 мероприятий.", "ru", new LocalDate(2025, 12, 5)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Биыл облыстық ҚХА 480 іс-шара өткізді, ал аудандық ассамблеялар 1 200-ден астам шара ұйымдастырды.", "kk")]
    [InlineData("В этом году областная ассамблея провела 480 мероприятий, а районные ассамблеи – более 1 200.", "ru")]
    public void A_clause_of_district_assemblies_after_a_conjunction_is_theirs_alone(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-43: Event 480"], Read((culture == "kk" ? "Қызылорда облысы\n\n" : "Кызылординская область\n\n") + text, culture, new LocalDate(2025, 12, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В Караганде прошло 300 мероприятий.", "ru")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. Это на 120 мероприятий больше, чем годом ранее.", "ru")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. A week earlier, 40 events had taken place.", "en")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Қарағандыда 300 іс-шара өтті.", "kk")]
    public void A_second_count_of_a_kind_for_the_same_body_and_period_is_no_count_of_its_own(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 12));
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.StartsWith("a second count", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_after_a_part_still_replaces_the_part() =>
        Assert.Equal(["summary 2025 of apk-kz-35: Event 212"],
            Read("Молодежное крыло Ассамблеи народа Казахстана Карагандинской области в этом году провело 54 мероприятия. Всего ассамблея провела 212 мероприятий.", "ru", new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. Председатель ассамблеи провел 25 личных приемов граждан.", "ru")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. The chairman of the assembly received 25 citizens in person.", "en")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Төраға 25 азаматты жеке қабылдады.", "kk")]
    public void People_in_the_next_sentence_with_no_word_of_taking_part_are_no_reach(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В них приняли участие 90 тысяч человек.", "ru")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. They were attended by 90,000 people.", "en")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Оларға 90 мың адам қатысты.", "kk")]
    public void People_in_the_next_sentence_who_took_part_are_the_reach(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820, People 90000"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. Last year the figure was 700.", "en")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Былтыр бұл көрсеткіш 700 болған.", "kk")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Былтыр осы кезеңде 700 іс-шара өткізілген еді.", "kk")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В прошлом году за этот же период ассамблея провела 760 мероприятий.", "ru")]
    public void Last_years_figure_after_a_part_of_this_year_is_no_count_of_last_year(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void Meetings_of_small_assemblies_are_no_outreach_meetings() =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"],
            Read("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. Another 45 meetings of small assemblies were also held.", "en", new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской области\n\nДепутаты маслихата провели 40 встреч с избирателями.", "ru")]
    [InlineData("Karaganda Regional Assembly of People of Kazakhstan\n\nMaslikhat deputies held 40 meetings with voters.", "en")]
    [InlineData("Қарағанды облыстық Қазақстан халқы Ассамблеясы\n\nМәслихат депутаттары сайлаушылармен 40 кездесу өткізді.", "kk")]
    public void A_maslikhats_meetings_are_no_assemblys(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 10, 12));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.StartsWith("a maslikhat's figure", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("An earlier version of this article said the Pavlodar Regional Assembly of People of Kazakhstan held 350 events in the first half of 2025. The correct figure is 380.", "en")]
    [InlineData("Ранее ошибочно сообщалось, что Ассамблея народа Казахстана Павлодарской области в первом полугодии 2025 года провела 350 мероприятий. Правильная цифра – 380.", "ru")]
    [InlineData("Павлодар облыстық ҚХА 2025 жылдың бірінші жартыжылдығында 350 іс-шара өткізді деп қате хабарланған. Дұрыс көрсеткіш 380.", "kk")]
    public void A_figure_the_text_says_was_wrong_gives_way_to_the_correct_one(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-06-30 of apk-kz-55: Event 380"], Read(text, culture, new LocalDate(2025, 7, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В Петропавловске прошла XXXI сессия Ассамблеи народа Казахстана Северо-Казахстанской области\n\nСессия, состоявшаяся 5 декабря во Дворце школьников, была посвящена итогам года.", "ru", "session XXXI of apk-kz-59 on 2025-12-05")]
    [InlineData("В Петропавловске пройдет XXXI сессия Ассамблеи народа Казахстана Северо-Казахстанской области\n\nСессия состоится 15 декабря во Дворце школьников.", "ru", null)]
    [InlineData("Petropavl hosts the XXXI session of the North Kazakhstan Regional Assembly of People of Kazakhstan\n\nThe session, held on December 5 at the Palace of Schoolchildren, reviewed the year.", "en", "session XXXI of apk-kz-59 on 2025-12-05")]
    public void A_headlines_session_takes_the_day_of_the_paragraph_after_it(string text, string culture, string? session) =>
        Assert.Equal(session is null ? [] : [session], Read(text, culture, new LocalDate(2025, 12, 6)).FactsOf<ReadSession>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Костанайской области с начала года провела 480 мероприятий. В Павлодарской области открылся новый Дом дружбы.", "ru")]
    [InlineData("Since January the Kostanay Regional Assembly of People of Kazakhstan has held 480 events. A new Friendship House has opened in Pavlodar Region.", "en")]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері 480 іс-шара өткізді. Павлодар облысында жаңа Достық үйі ашылды.", "kk")]
    public void A_friendship_house_placed_in_another_region_is_not_the_reports(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 12, 3));
        Assert.Empty(reading.FactsOf<ReadFriendshipHouse>());
        Assert.Contains(reading.Unplaced, m => m.Reason.StartsWith("a Friendship House placed in another region", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Next year, 300 events are to be held by the Zhambyl Regional Assembly of People of Kazakhstan.", "en")]
    [InlineData("Next year's programme of the Zhambyl Regional Assembly of People of Kazakhstan includes 300 events.", "en")]
    [InlineData("В плане ассамблеи Жамбылской области на следующий год – 300 мероприятий.", "ru")]
    [InlineData("В 2027 году ассамблея Жамбылской области – 300 мероприятий.", "ru")]
    [InlineData("Келесі жылы Жамбыл облыстық ҚХА 300 іс-шара өткізу көзделген.", "kk")]
    [InlineData("Жамбыл облыстық ҚХА қаржы жеткілікті болса, биыл 300 іс-шара өткізер еді.", "kk")]
    public void A_time_still_to_come_or_a_condition_counts_nothing_held(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 10)).FactsOf<ReadSummary>());

    [Fact]
    public void A_time_to_come_carries_to_no_sentence_after_it() =>
        Assert.Equal(["summary 2025 of apk-kz-31: Event 270"],
            Read("This year the Zhambyl Regional Assembly of People of Kazakhstan held 270 events. Next year it plans 300 events. They reached 30,000 people.", "en", new LocalDate(2025, 12, 10))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In October alone, the Assembly of People of Kazakhstan of Almaty held 95 events. That brings the total since January to 780.", "en")]
    [InlineData("В октябре Ассамблея народа Казахстана города Алматы провела 95 мероприятий. Тем самым общее число мероприятий с января выросло до 780.", "ru")]
    [InlineData("Алматы қалалық ҚХА қазан айында 95 іс-шара өткізді. Осылайша қаңтардан бері іс-шаралар саны 780-ге дейін өсті.", "kk")]
    public void A_total_since_a_month_up_to_a_count_is_the_year_to_date(string text, string culture) =>
        Assert.Equal(["summary 2025-10 of apk-kz-75: Event 95", "summary YTD 2025-11-05 of apk-kz-75: Event 780"],
            Read(text, culture, new LocalDate(2025, 11, 5)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В конкурсе чтецов участвовали 80 человек.", "ru")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. Лауреатами стали 12 участников.", "ru")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В том числе 2 тысячи человек участвовали онлайн.", "ru")]
    [InlineData("В первые девять месяцев Ассамблея народа Казахстана Карагандинской области провела 820 мероприятий. В прошлом году мероприятия посетили 60 тысяч человек.", "ru")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. The largest event drew 3,000 people.", "en")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. Including 2,000 people who took part online.", "en")]
    [InlineData("In the first nine months the Karaganda Regional Assembly of People of Kazakhstan held 820 events. Last year the events were attended by 60,000 people.", "en")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Мәнерлеп оқу байқауына 80 адам қатысты.", "kk")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Оның ішінде 2 мың адам онлайн қатысты.", "kk")]
    [InlineData("Қарағанды облыстық ҚХА тоғыз айда 820 іс-шара өткізді. Былтыр іс-шараларға 60 мың адам қатысқан.", "kk")]
    public void People_of_one_event_a_part_a_role_or_another_period_are_no_reach(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-09-30 of apk-kz-35: Event 820"], Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Шымкент қалалық ҚХА медиация жұмысы туралы: биыл қоғамдық келісім кеңестері 85 жиын өткізді, ал медиация орталығы 47 өтінішті қарады.", "kk")]
    [InlineData("О медиации в Шымкенте: в этом году советы общественного согласия Ассамблеи народа Казахстана города Шымкента провели 85 собраний, а центр медиации рассмотрел 47 обращений.", "ru")]
    public void A_counts_noun_is_not_looked_for_past_its_verb_or_a_conjunction(string text, string culture) =>
        Assert.DoesNotContain("summary 2025 of apk-kz-79: EthnomediationCase 85", Read(text, culture, new LocalDate(2025, 12, 24)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_total_of_people_after_a_list_is_its_reach() =>
        Assert.Contains("People 5400", string.Join(" | ",
            Read("Ассамблея народа Казахстана Абайской области в ноябре:\n• провела 48 мероприятий;\n• приняла участие в 3 республиканских форумах.\nВсего в мероприятиях ноября приняли участие 5 400 человек.", "ru", new LocalDate(2025, 12, 2))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe)), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской области\n\nМалые ассамблеи в школах провели 120 мероприятий.", "ru")]
    [InlineData("Karaganda Regional Assembly of People of Kazakhstan\n\nSmall assemblies in schools held 120 events.", "en")]
    [InlineData("Қарағанды облыстық Қазақстан халқы Ассамблеясы\n\nМектептердегі кіші ассамблеялар 120 іс-шара өткізді.", "kk")]
    public void Small_assemblies_in_schools_are_other_bodies(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 10, 12)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Мангистауская областная Ассамблея народа Казахстана за одиннадцать месяцев провела 575 мероприятий.", "ru")]
    [InlineData("Маңғыстау облыстық Қазақстан халқы Ассамблеясы биыл он бір айда 575 іс-шара өткізді.", "kk")]
    [InlineData("In eleven months the Mangystau Regional Assembly of People of Kazakhstan held 575 events.", "en")]
    public void Eleven_months_are_january_to_november_in_words_of_any_language(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-11-30 of apk-kz-47: Event 575"], Read(text, culture, new LocalDate(2025, 12, 4)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Костанайской области хочет провести в будущем году не меньше 600 мероприятий.", "ru")]
    [InlineData("– Какие планы?\n– Хотим провести не меньше 600 мероприятий, – сказали в Ассамблее народа Казахстана Костанайской области.", "ru")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan wants to hold at least 600 events.", "en")]
    [InlineData("Қостанай облыстық ҚХА кемінде 600 іс-шара өткізгіміз келеді дейді.", "kk")]
    public void A_wish_is_no_deed(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 12, 1)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("The House of Friendship in Petropavlovsk marked five years since it opened.", "en")]
    [InlineData("Петропавлдағы Достық үйінің ашылғанына бес жыл толды.", "kk")]
    [InlineData("Дому дружбы в Петропавловске исполнилось пять лет со дня открытия.", "ru")]
    public void Years_since_a_house_opened_in_words_are_no_opening(string text, string culture) =>
        Assert.Empty(Read("North Kazakhstan Regional Assembly of People of Kazakhstan\n\n" + text, culture, new LocalDate(2025, 11, 20)).FactsOf<ReadFriendshipHouse>());

    [Theory]
    [InlineData("The North Kazakhstan Regional Assembly of People of Kazakhstan opened its house in 2020. Over those five years it has hosted more than 2,000 events.", "en")]
    [InlineData("Ассамблея народа Казахстана Северо-Казахстанской области: за эти пять лет здесь прошло более 2 тысяч мероприятий.", "ru")]
    [InlineData("Солтүстік Қазақстан облыстық ҚХА осы бес жылда 2 мыңнан астам іс-шара өткізді.", "kk")]
    public void Years_pointed_back_to_are_no_period_of_the_model(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 11, 20)), "no period");

    [Theory]
    [InlineData("Председатель общества немцев Карагандинской области рассказала, что в этом году общество провело 45 мероприятий.", "ru")]
    [InlineData("In Karaganda Region, the chairwoman of the German society said the society held 45 events this year.", "en")]
    [InlineData("Қарағанды облысындағы неміс мәдени орталығы биыл 45 іс-шара өткізді.", "kk")]
    public void One_organisation_holding_its_own_activities_is_no_assembly(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 11, 25)), "another organiser");

    [Fact]
    public void An_assemblys_wing_named_after_it_acts_for_it() =>
        Assert.Equal(["summary 2024 of apk-kz-15: Event 60"],
            Read("Ақтөбе облысында «Ассамблея жастары» қоғамдық бірлестігі биыл 60 іс-шара ұйымдастырды.", "kk", new LocalDate(2024, 9, 1)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Интервью: АНК Костанайской области\n\n– Сколько мероприятий Ассамблея провела в этом году?\n– С января – около 520. Из них 130 – в районах.\n\n– А сколько людей в них участвовало?\n– Мы считаем, что более 47 тысяч.", "ru")]
    [InlineData("Interview: Kostanay Regional Assembly of People of Kazakhstan\n\n– How many events has the Assembly held this year?\n– Since January, about 520. Of those, 130 were in the districts.\n\n– And how many people took part in them?\n– We think more than 47,000.", "en")]
    public void Answers_take_the_kind_or_the_people_their_question_asked_of(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-12-01 of apk-kz-39: Event ~520, People >47000"],
            Read(text, culture, new LocalDate(2025, 12, 1)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_part_of_a_plan_held_with_a_converb_is_held() =>
        Assert.Equal(["summary 2025 of apk-kz-31: Event 560"],
            Read("Жамбыл облыстық Қазақстан халқы Ассамблеясы биылғы жоспардағы 600 іс-шараның 560-ын өткізіп үлгерді.", "kk", new LocalDate(2025, 12, 2)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Тоқсан қорытындысы\n\nАлматы облыстық ҚХА бірінші тоқсанда 340 іс-шара өткізді.\n\nЭтномәдени бірлестіктер бірінші тоқсанда өз бетінше 58 іс-шара өткізді.", "kk")]
    [InlineData("Итоги квартала\n\nВ первом квартале Ассамблея народа Казахстана Алматинской области провела 340 мероприятий.\n\nЭтнокультурные объединения в первом квартале самостоятельно провели 58 мероприятий.", "ru")]
    [InlineData("The quarter in review\n\nIn the first quarter the Almaty Regional Assembly of People of Kazakhstan held 340 events.\n\nIn the first quarter ethnocultural associations held 58 events on their own.", "en")]
    public void A_second_figure_of_a_kind_for_the_same_period_named_again_is_no_count_of_its_own(string text, string culture) =>
        Assert.Equal(["summary 2025-Q1 of apk-kz-19: Event 340"], Read(text, culture, new LocalDate(2025, 4, 10)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Жамбыл облысы Қазақстан халқы ассамблеясының сессиясы өтті. Есепті кезеңде ассамблея 620 іс-шара өткізді.", "kk")]
    [InlineData("Прошла сессия Ассамблеи народа Казахстана Жамбылской области. За отчетный период ассамблея провела 620 мероприятий.", "ru")]
    [InlineData("The Zhambyl Regional Assembly of People of Kazakhstan held its session. In the reporting period the assembly held 620 events.", "en")]
    public void The_reporting_period_alone_names_no_period(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 11, 27)), "the reporting period");

    [Fact]
    public void The_reporting_period_after_a_named_period_is_that_period() =>
        Assert.Equal(["summary 2025-01-01/2025-11-30 of apk-kz-31: Event 620"],
            Read("Жамбыл облысы Қазақстан халқы ассамблеясы он бір айдың қорытындысын шығарды. Есепті кезеңде ассамблея 620 іс-шара өткізді.", "kk", new LocalDate(2025, 12, 5))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan held aproximately 470 events in the first nine months.", "en", "~470")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan held approximatley 470 events in the first nine months.", "en", "~470")]
    [InlineData("За девять месяцев Ассамблея народа Казахстана Костанайской области провела примено 470 мероприятий.", "ru", "~470")]
    [InlineData("Қостанай облыстық ҚХА тоғыз айда шамаман 470 іс-шара өткізді.", "kk", "~470")]
    [InlineData("The Kostanay Regional Assembly of People of Kazakhstan held 470 events in the first nine months.", "en", "470")]
    public void A_long_qualifier_misspelt_by_one_letter_is_read(string text, string culture, string events) =>
        Assert.Equal([$"summary 2025-01-01/2025-09-30 of apk-kz-39: Event {events}"], Read(text, culture, new LocalDate(2025, 10, 9)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void According_to_him_is_no_part_of_them() =>
        Assert.Equal(["summary 2025 of apk-kz-61: Event 1250, People >180000"],
            Read("Түркістан облыстық ҚХА биыл 1 250 іс-шара өткізді. Оның айтуынша, іс-шараларға 180 мыңнан астам адам қатысқан.", "kk", new LocalDate(2025, 12, 15))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ақмола облыстық ҚХА жанындағы аналар кеңестері биыл 140 іс-шара өткізді.\n\nАл облыстық ассамблея жыл басынан бері барлығы 760 іс-шара ұйымдастырды.", "kk")]
    [InlineData("Советы матерей при Ассамблее народа Казахстана Акмолинской области в этом году провели 140 мероприятий.\n\nВсего же с начала года ассамблея провела 760 мероприятий.", "ru")]
    public void A_part_of_this_year_before_a_total_of_the_year_to_date_is_no_figure_of_its_own(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-11-05 of apk-kz-11: Event 760"], Read(text, culture, new LocalDate(2025, 11, 5)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Северо-Казахстанской области: 10 месяцев в цифрах\n\nМероприятия: 560\nУчастники: 61 000\n", "ru")]
    [InlineData("North Kazakhstan Regional Assembly of People of Kazakhstan: ten months in figures\n\nEvents: 560\nParticipants: 61,000\n", "en")]
    [InlineData("Солтүстік Қазақстан облыстық Қазақстан халқы Ассамблеясы: он айдың қорытындысы\n\nІс-шаралар: 560\nҚатысушылар: 61 000\n", "kk")]
    public void Rows_of_a_table_are_one_paragraph(string text, string culture) =>
        Assert.Equal(["summary 2025-01-01/2025-10-31 of apk-kz-59: Event 560, People 61000"], Read(text, culture, new LocalDate(2025, 11, 6)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Rudny City Assembly of People of Kazakhstan held 85 events. The Kostanay Regional Assembly held 510.", "en")]
    [InlineData("Ассамблея народа Казахстана города Рудного провела 85 мероприятий. Ассамблея Костанайской области провела 510.", "ru")]
    public void A_noun_left_out_after_a_town_assemblys_sentence_is_the_kind_it_counted(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-11-15 of apk-kz-39: Event 510"], Read(text, culture, new LocalDate(2025, 11, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_noun_left_out_after_another_bodys_dated_sentence_is_no_count() =>
        Assert.Empty(Read("The Rudny City Assembly of People of Kazakhstan held 85 events this year. The Kostanay Regional Assembly held 510.", "en", new LocalDate(2025, 11, 15)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("Ассамблея народа Казахстана города Рудного в этом году провела 85 мероприятий.", "ru")]
    [InlineData("Рудный қаласының Қазақстан халқы Ассамблеясы биыл 85 іс-шара өткізді.", "kk")]
    [InlineData("The Rudny City Assembly of People of Kazakhstan held 85 events this year.", "en")]
    public void A_regions_town_named_as_an_assemblys_is_below_the_region(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 11, 15)), "a town assembly's figure");

    [Theory]
    [InlineData("Түркістан облыстық Қазақстан халқы Ассамблеясы Кеңесінің отырысында XXXII сессияға дайындық талқыланды.", "kk")]
    [InlineData("На заседании Совета Ассамблеи народа Казахстана Туркестанской области обсудили подготовку к XXXII сессии.", "ru")]
    [InlineData("The Council of the Turkistan Regional Assembly of People of Kazakhstan discussed preparations for the XXXII session.", "en")]
    public void A_session_prepared_for_is_none_held(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2025, 11, 20)).FactsOf<ReadSession>());

    [Theory]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan's events grew by 12 percent to 930 this year.", "en")]
    [InlineData("В этом году число мероприятий Ассамблеи народа Казахстана Акмолинской области выросло на 12 процентов до 930.", "ru")]
    public void The_figure_a_noun_grew_to_is_its_count(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-11: Event 930"], Read(text, culture, new LocalDate(2025, 12, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In November the West Kazakhstan Regional Assembly of People of Kazakhstan held 72 events, bringing the year's total to 805.")]
    [InlineData("In November the West Kazakhstan Regional Assembly of People of Kazakhstan held 72 events. The total for the year now stands at 805.")]
    public void The_years_total_after_a_months_count_is_the_year_to_date(string text) =>
        Assert.Equal(["summary 2025-11 of apk-kz-27: Event 72", "summary YTD 2025-12-02 of apk-kz-27: Event 805"],
            Read(text, "en", new LocalDate(2025, 12, 2)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ұлытау облысы Қазақстан халқы Ассамблеясының ұйымдастыруымен қаңтар-қыркүйек айларында 210 шара өткізілді.", "summary 2025-01-01/2025-09-30 of apk-kz-62: Event 210")]
    [InlineData("Ұлытау облыстық ҚХА-ның өткізуімен биыл 210 іс-шара болды.", "summary 2025 of apk-kz-62: Event 210")]
    public void Organised_by_is_no_plan(string text, string fact) =>
        Assert.Equal([fact], Read(text, "kk", new LocalDate(2025, 10, 14)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_verbal_noun_of_obligation_is_still_a_plan() =>
        Assert.Empty(Read("Ұлытау облыстық ҚХА биыл 210 іс-шара ұйымдастыруы тиіс.", "kk", new LocalDate(2025, 10, 14)).FactsOf<ReadSummary>());

    [Theory]
    [InlineData("С начала года Ассамблея народа Казахстана Костанайской области провела 85 акций и мероприятий.", "ru")]
    [InlineData("Since January the Kostanay Regional Assembly of People of Kazakhstan has held 85 charity actions and events.", "en")]
    [InlineData("Қостанай облыстық ҚХА жыл басынан бері 85 акция мен іс-шара өткізді.", "kk")]
    public void One_figure_for_two_kinds_together_is_no_count_of_either(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 11, 21)), "two kinds of activity together");

    [Theory]
    [InlineData("По итогам одиннадцати месяцев Ассамблея народа Казахстана Актюбинской области провела 694 мероприятия.", "summary 2025-01-01/2025-11-30 of apk-kz-15: Event 694")]
    [InlineData("С начала года Ассамблея народа Казахстана Актюбинской области провела более пятисот мероприятий.", "summary YTD 2025-12-08 of apk-kz-15: Event >500")]
    [InlineData("С начала года Ассамблея народа Казахстана Актюбинской области провела около семисот мероприятий.", "summary YTD 2025-12-08 of apk-kz-15: Event ~700")]
    public void Russian_number_words_in_an_oblique_case_are_read(string text, string fact) =>
        Assert.Equal([fact], Read(text, "ru", new LocalDate(2025, 12, 8)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Шығыс Қазақстан облыстық ҚХА жыл басынан бері 540 іс-шара өткізді, оларға 4 мыңнан астам оқушы мен 35 мыңға жуық тұрғын қатысты.", "kk")]
    [InlineData("С начала года Ассамблея народа Казахстана Восточно-Казахстанской области провела 540 мероприятий, в них приняли участие более 4 тысяч школьников и около 35 тысяч жителей.", "ru")]
    public void People_counted_in_two_parts_are_read_whole_and_are_no_reach(string text, string culture) =>
        Assert.Equal(["summary YTD 2025-11-28 of apk-kz-63: Event 540"], Read(text, culture, new LocalDate(2025, 11, 28)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void The_regions_centre_holding_events_is_a_place_not_an_organisation() =>
        Assert.Equal(["summary 2025 of apk-kz-55: Event 300"],
            Read("Павлодар облыстық ҚХА\n\nБиыл облыс орталығы мен аудандарда 300 іс-шара өткізілді.", "kk", new LocalDate(2025, 12, 8)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Pavlodar Regional Assembly of People of Kazakhstan\n\nSince January more than 58,000 people have taken part; the assembly has held 480 events in all.", "en", "People >58000")]
    [InlineData("Павлодарская область\n\nВ мероприятиях Ассамблеи народа Казахстана Павлодарской области с начала года приняли участие более 58 тысяч человек; всего проведено 480 мероприятий.", "ru", "People >58000")]
    public void People_alone_before_a_semicolon_are_the_reach_of_the_activities_after_it(string text, string culture, string people) =>
        Assert.Equal([$"summary YTD 2025-10-01 of apk-kz-55: Event 480, {people}"], Read(text, culture, new LocalDate(2025, 10, 1)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Created in 2022 together with the region, the Abai Regional Assembly of People of Kazakhstan held 350 events in 2025.", "en")]
    [InlineData("Созданная в 2022 году вместе с областью, Ассамблея народа Казахстана области Абай провела в 2025 году 350 мероприятий.", "ru")]
    public void A_clause_of_founding_opening_the_sentence_dates_the_body_not_its_counts(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-10: Event 350"], Read(text, culture, new LocalDate(2025, 12, 19)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Маңғыстау облыстық ҚХА қараша айында 24 іс-шара ұйымдастырды. Ақтау қаласындағы этномәдени бірлестіктер өз бастамасымен тағы 12 кездесу өткізді.", "kk", "өз бастамасымен")]
    [InlineData("Ассамблея народа Казахстана Мангистауской области в ноябре провела 24 мероприятия. Этнокультурные объединения Актау по собственной инициативе провели еще 12 встреч.", "ru", "по собственной инициативе")]
    [InlineData("In November the Mangystau Regional Assembly of People of Kazakhstan held 24 events. Ethnocultural associations in Aktau held a further 12 meetings on their own initiative.", "en", "on their own")]
    public void Those_acting_on_their_own_initiative_are_another_organiser(string text, string culture, string phrase)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2025, 11, 30));
        Assert.Equal(["summary 2025-11 of apk-kz-47: Event 24"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains($"another organiser's figure («{phrase}»)", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("В июле Ассамблея народа Казахстана города Алматы провела 12 концертов и 5 спортивных турниров.", "ru")]
    [InlineData("Шілде айында Алматы қалалық Қазақстан халқы Ассамблеясы 12 концерт пен 5 спорттық турнир өткізді.", "kk")]
    [InlineData("In July the Almaty City Assembly of People of Kazakhstan held 12 concerts and 5 sports tournaments.", "en")]
    public void Concerts_are_cultural_events_and_tournaments_sports_events(string text, string culture) =>
        Assert.Equal(["summary 2025-07 of apk-kz-75: CulturalEvent 12, SportsEvent 5"], Read(text, culture, new LocalDate(2025, 8, 3)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Шымкент қалалық ҚХА биыл 1 150 іс-шара ұйымдастырды. Ең ауқымды іс-шара – «Бірлік» фестивалі – 20 мың көрерменді жинады.", "kk")]
    [InlineData("Ассамблея народа Казахстана города Шымкента в этом году провела 1 150 мероприятий. Самое крупное мероприятие – фестиваль «Бірлік» – собрало 20 тысяч зрителей.", "ru")]
    public void A_number_with_a_noun_of_its_own_after_a_dash_counts_that_noun_not_the_label(string text, string culture) =>
        Assert.Equal(["summary 2025 of apk-kz-79: Event 1150"], Read(text, culture, new LocalDate(2025, 12, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("«Бірлік» фестивалі аясында Атырау облыстық ҚХА 3 күн ішінде 12 концерт өткізді.", "kk")]
    [InlineData("В рамках фестиваля «Бірлік» Ассамблея народа Казахстана Атырауской области за три дня провела 12 концертов.", "ru")]
    [InlineData("During the Birlik festival the Atyrau Regional Assembly of People of Kazakhstan held 12 concerts over three days.", "en")]
    public void Counts_over_days_the_report_does_not_date_are_mentions(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2025, 6, 16)), "days the report does not date");

    [Theory]
    [InlineData("Ассамблея народа Казахстана города Шымкента подвела итоги января: 64 мероприятия.", "ru")]
    [InlineData("The Shymkent City Assembly of People of Kazakhstan summed up January: 64 events.", "en")]
    public void The_results_of_a_month_are_that_months(string text, string culture) =>
        Assert.Equal(["summary 2026-01 of apk-kz-79: Event 64"], Read(text, culture, new LocalDate(2026, 2, 25)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_districts_assembly_named_without_the_genitive_is_below_the_region() =>
        AssertNoFactButAMention<ReadSummary>(
            Read("Шығыс Қазақстан облысы\n\nСессияда аудан ассамблеясы биыл 46 іс-шара өткізгені айтылды.", "kk", new LocalDate(2026, 5, 15)), "district");

    [Fact]
    public void Over_the_summer_is_a_season_not_years() =>
        AssertNoFactButAMention<ReadSummary>(
            Read("Ассамблея народа Казахстана города Алматы за лето провела более 40 мероприятий.", "ru", new LocalDate(2026, 9, 3)), "season");

    [Theory]
    [InlineData("Туркестан, 4 декабря. В Доме дружбы прошла XXXI сессия Ассамблеи народа Казахстана Туркестанской области.", "ru")]
    [InlineData("Түркістан, 4 желтоқсан. Достық үйінде Түркістан облыстық Қазақстан халқы Ассамблеясының XXXI сессиясы өтті.", "kk")]
    [InlineData("TURKISTAN, December 4. The XXXI session of the Turkistan Regional Assembly of People of Kazakhstan was held in the Friendship House.", "en")]
    public void A_datelines_day_dates_the_session_held_in_the_next_sentence(string text, string culture) =>
        Assert.Equal(["session XXXI of apk-kz-61 on 2026-12-04"], Read(text, culture, new LocalDate(2026, 12, 4)).FactsOf<ReadSession>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_datelines_day_dates_no_count() =>
        Assert.Equal(["summary YTD 2026-12-04 of apk-kz-61: Event 40"],
            Read("Туркестан, 4 декабря. Ассамблея народа Казахстана Туркестанской области провела 40 мероприятий.", "ru", new LocalDate(2026, 12, 4)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In August the Pavlodar Regional Assembly of People of Kazakhstan expects to hold 70 events.", "en")]
    [InlineData("В августе Ассамблея народа Казахстана Павлодарской области рассчитывает провести 70 мероприятий.", "ru")]
    [InlineData("Тамыз айында Павлодар облыстық ҚХА-ның 70 іс-шара өткізуі күтілуде.", "kk")]
    public void An_expectation_is_a_plan(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 8, 1)), "planned");

    [Theory]
    [InlineData("Делегация Ассамблеи народа Кыргызстана посетила Петропавловск. Гости рассказали, что в этом году их ассамблея провела в Бишкеке 300 мероприятий. Ассамблея народа Казахстана Северо-Казахстанской области с начала года провела 410 мероприятий.", "ru")]
    [InlineData("A delegation of the Assembly of People of Kyrgyzstan visited Petropavlovsk. The guests said their assembly held 300 events in Bishkek this year. The North Kazakhstan Regional Assembly of People of Kazakhstan has held 410 events since January.", "en")]
    public void A_neighbours_capital_makes_a_figure_another_countrys(string text, string culture) =>
        Assert.Equal(["summary YTD 2026-09-20 of apk-kz-59: Event 410"], Read(text, culture, new LocalDate(2026, 9, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In July the Pavlodar Regional Assembly of People of Kazakhstan held 66 events, 10 percent more than in June. Around 7,500 people took part.", "en")]
    [InlineData("В июле Ассамблея народа Казахстана Павлодарской области провела 66 мероприятий, на 10 процентов больше, чем в июне. В них приняли участие около 7 500 человек.", "ru")]
    public void A_percent_between_a_summary_and_its_people_is_no_count_between_them(string text, string culture) =>
        Assert.Equal(["summary 2026-07 of apk-kz-55: Event 66, People ~7500"], Read(text, culture, new LocalDate(2026, 8, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("К 31-летию Ассамблеи народа Казахстана Павлодарской области запланировано 120 мероприятий. С начала года ассамблея уже провела 35 из них.", "ru")]
    [InlineData("For the Assembly's 31st anniversary the Pavlodar Regional Assembly of People of Kazakhstan has planned 120 events. Since January it has held 35 of them.", "en")]
    public void A_part_of_a_plan_is_no_total_of_its_own_period(string text, string culture) =>
        Assert.Empty(Read(text, culture, new LocalDate(2026, 3, 2)).FactsOf<ReadSummary>());

    [Fact]
    public void The_coverage_after_a_part_is_the_wholes_reach() =>
        Assert.Equal(["summary 2026-01-01/2026-09-30 of apk-kz-11: Event 470, People ~55000"],
            Read("За январь–сентябрь Ассамблея народа Казахстана Акмолинской области провела 470 мероприятий. Из них 120 – в рамках проекта «Бірлік». Охват составил около 55 тысяч человек.", "ru", new LocalDate(2026, 10, 15))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void People_in_them_after_a_part_are_no_reach_of_the_whole() =>
        Assert.Equal(["summary 2026-01-01/2026-09-30 of apk-kz-11: Event 470"],
            Read("За январь–сентябрь Ассамблея народа Казахстана Акмолинской области провела 470 мероприятий. Из них 120 прошли онлайн. В них приняли участие 5 тысяч человек.", "ru", new LocalDate(2026, 10, 15))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Abai Regional Assembly of People of Kazakhstan held 96 events in June, July and August.", "en", "summary 2026-06-01/2026-08-31 of apk-kz-10: Event 96")]
    [InlineData("В июне и июле Ассамблея народа Казахстана области Абай провела 70 мероприятий.", "ru", "summary 2026-06-01/2026-07-31 of apk-kz-10: Event 70")]
    [InlineData("Абай облысы Қазақстан халқы Ассамблеясы маусым, шілде және тамыз айларында 96 іс-шара өткізді.", "kk", "summary 2026-06-01/2026-08-31 of apk-kz-10: Event 96")]
    public void Months_named_one_after_another_are_their_span(string text, string culture, string fact) =>
        Assert.Equal([fact], Read(text, culture, new LocalDate(2026, 9, 9)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void Months_apart_named_in_a_list_are_no_period() =>
        AssertNoFactButAMention<ReadSummary>(Read("The Abai Regional Assembly of People of Kazakhstan held 96 events in June, July and September.", "en", new LocalDate(2026, 9, 29)), "months apart");

    [Theory]
    [InlineData("Шымкент\n\n– Сколько мероприятий провела ассамблея города в первом полугодии?\n– Мы провели 410 мероприятий.\n– А сколько людей в них участвовало?\n– Около 60 тысяч шымкентцев.", "ru", "Residents ~60000")]
    [InlineData("Shymkent\n\n– How many events did the city assembly hold in the first half of the year?\n– We held 410 events.\n– And how many people took part in them?\n– About 60,000 people.", "en", "People ~60000")]
    public void People_answered_with_a_noun_of_their_own_are_the_reach_asked_of(string text, string culture, string people) =>
        Assert.Equal([$"summary 2026-01-01/2026-06-30 of apk-kz-79: Event 410, {people}"], Read(text, culture, new LocalDate(2026, 7, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("A week of celebrations ended on May 3. Over the week the Mangystau Regional Assembly of People of Kazakhstan held 34 events.", "en")]
    [InlineData("3 мая завершилась неделя празднований. За неделю Ассамблея народа Казахстана Мангистауской области провела 34 мероприятия.", "ru")]
    [InlineData("Мерекелік апта 3 мамырда аяқталды. Апта ішінде Маңғыстау облыстық ҚХА 34 іс-шара өткізді.", "kk")]
    public void Counts_over_an_undated_week_are_mentions(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 5, 5)), "days the report does not date");

    [Fact]
    public void So_far_this_year_is_the_year_to_date() =>
        Assert.Equal(["summary YTD 2026-12-07 of apk-kz-61: Event 1050"],
            Read("The Turkistan Regional Assembly of People of Kazakhstan has held 1,050 events so far this year.", "en", new LocalDate(2026, 12, 7)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Совместно с управлением внутренней политики Ассамблея народа Казахстана Карагандинской области в сентябре провела 45 мероприятий.", "ru")]
    [InlineData("Together with the regional department of internal policy, the Karaganda Regional Assembly of People of Kazakhstan held 45 events in September.", "en")]
    public void An_organiser_after_together_with_is_the_partner_and_the_assembly_acts(string text, string culture) =>
        Assert.Equal(["summary 2026-09 of apk-kz-35: Event 45"], Read(text, culture, new LocalDate(2026, 9, 30)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_district_word_before_a_comma_makes_no_district_assembly() =>
        Assert.Equal(["summary YTD 2026-11-18 of apk-kz-63: Event 620"],
            Read("Nearly half of the 620 events held by the East Kazakhstan Regional Assembly of People of Kazakhstan since January took place in rural districts, the assembly's secretariat said.", "en", new LocalDate(2026, 11, 18))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 450-odd events this year.", "en", "Event ~450")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 450 or so events this year.", "en", "Event ~450")]
    [InlineData("The Pavlodar Regional Assembly of People of Kazakhstan held 450 or more events this year.", "en", "Event >=450")]
    [InlineData("Ассамблея народа Казахстана Павлодарской области в этом году провела 450 и более мероприятий.", "ru", "Event >=450")]
    public void A_qualifier_after_the_number_qualifies_it(string text, string culture, string tally) =>
        Assert.Equal([$"summary 2026 of apk-kz-55: {tally}"], Read(text, culture, new LocalDate(2026, 10, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Былтырғы жылдың екінші жартысында Павлодар облыстық ҚХА 300 іс-шара өткізді.", "kk")]
    [InlineData("Во второй половине прошлого года Ассамблея народа Казахстана Павлодарской области провела 300 мероприятий.", "ru")]
    [InlineData("Во второй половине 2025 года Ассамблея народа Казахстана Павлодарской области провела 300 мероприятий.", "ru")]
    [InlineData("In the second half of last year the Pavlodar Regional Assembly of People of Kazakhstan held 300 events.", "en")]
    public void The_second_half_of_a_year_is_read_in_every_word_order(string text, string culture) =>
        Assert.Equal(["summary 2025-07-01/2025-12-31 of apk-kz-55: Event 300"], Read(text, culture, new LocalDate(2026, 10, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In the past month the Pavlodar Regional Assembly of People of Kazakhstan held 45 events.", "en")]
    [InlineData("За последний месяц Ассамблея народа Казахстана Павлодарской области провела 45 мероприятий.", "ru")]
    [InlineData("Соңғы айда Павлодар облыстық ҚХА 45 іс-шара өткізді.", "kk")]
    public void The_past_month_is_no_calendar_month(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 10, 20)), "months up to now");

    [Theory]
    [InlineData("С начала года Ассамблея народа Казахстана Восточно-Казахстанской области провела 1 040 мероприятий. Для сравнения: в прошлом году было проведено 980 мероприятий. Этномедиаторы рассмотрели 41 обращение граждан.", "ru")]
    [InlineData("Since January the East Kazakhstan Regional Assembly of People of Kazakhstan has held 1,040 events. For comparison, last year it held 980 events. Its mediators considered 41 appeals.", "en")]
    public void A_sentence_opened_for_a_comparison_dates_only_its_own_figure(string text, string culture) =>
        Assert.Contains("summary YTD 2026-12-19 of apk-kz-63: EthnomediationCase 41", Read(text, culture, new LocalDate(2026, 12, 19)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_project_right_after_a_part_of_the_assemblys_summary_is_the_assemblys() =>
        Assert.Equal(["project «Қамқорлық» of apk-kz-43"],
            Read("Қызылорда облыстық ҚХА бірінші жартыжылдықта 390 іс-шара ұйымдастырды.\n\nОның ішінде 42 қайырымдылық акциясы өткізілді. «Қамқорлық» жобасы аясында 150 отбасыға азық-түлік себеті табысталды.", "kk", new LocalDate(2026, 7, 3))
                .FactsOf<ReadProject>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_half_year_ending_a_headline_is_its_period() =>
        Assert.Equal(["summary 2026-01-01/2026-06-30 of apk-kz-39: Event 500"],
            Read("Костанайская область\n\n500 мероприятий за полгода\n\nАссамблея народа Казахстана Костанайской области провела 500 мероприятий.", "ru", new LocalDate(2026, 7, 10))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Interview\n\nQ: How many events has the Zhambyl assembly held this year?\nA: Since January, 740.\nQ: And how many people took part?\nA: More than 90,000.", "en")]
    [InlineData("Сұхбат\n\nС: Жамбыл облыстық ҚХА биыл қанша іс-шара өткізді?\nЖ: Жыл басынан бері 740.\nС: Оларға қанша адам қатысты?\nЖ: 90 мыңнан астам.", "kk")]
    public void People_answered_a_line_after_the_answer_they_complete_are_its_reach(string text, string culture) =>
        Assert.Equal(["summary YTD 2026-10-30 of apk-kz-31: Event 740, People >90000"], Read(text, culture, new LocalDate(2026, 10, 30)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ежемесячно Ассамблея народа Казахстана Кызылординской области проводит в среднем 60 мероприятий. Всего за десять месяцев их проведено 610.", "summary 2026-01-01/2026-10-31 of apk-kz-43: Event 610")]
    [InlineData("За последние пять лет Ассамблея народа Казахстана Кызылординской области провела более 2 500 мероприятий. Только в этом году их было 540.", "summary 2026 of apk-kz-43: Event 540")]
    public void A_pronoun_for_the_activities_named_before_gives_a_bare_number_their_kind(string text, string fact) =>
        Assert.Equal([fact], Read(text, "ru", new LocalDate(2026, 11, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_pronoun_with_no_activities_named_before_counts_nothing() =>
        Assert.Empty(Read("Ассамблея народа Казахстана Кызылординской области подвела итоги. Всего за десять месяцев их было 610.", "ru", new LocalDate(2026, 11, 12)).FactsOf<ReadSummary>());
    [Theory]
    [InlineData("Павлодар облыстық ҚХА 9 айда 410 іс-шара өткізді. Былтырғы сәйкес кезеңде 380 іс-шара өткізілген.", "kk")]
    [InlineData("Павлодар облыстық ҚХА 9 айда 410 іс-шара өткізді. Өткен жылы осы уақытта 380 іс-шара өткізілген.", "kk")]
    [InlineData("За 9 месяцев ассамблея Павлодарской области провела 410 мероприятий. За соответствующий период прошлого года – 380.", "ru")]
    [InlineData("The Pavlodar Regional Assembly held 410 events in nine months, against 380 in the corresponding period of 2025.", "en")]
    public void The_corresponding_period_of_another_year_is_no_fact_of_its_own(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2026, 10, 13));
        Assert.Equal(["summary 2026-01-01/2026-09-30 of apk-kz-55: Event 410"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase == "380");
    }

    [Theory]
    [InlineData("Вчера в Кокшетау прошла XXII сессия Ассамблеи народа Казахстана Акмолинской области с повесткой дня «Единство и согласие».", "ru")]
    [InlineData("The 22nd session of the Akmola Regional Assembly of People of Kazakhstan, with the agenda «Unity and Accord», was held yesterday in Kokshetau.", "en")]
    public void An_agenda_names_the_sessions_theme(string text, string culture) =>
        Assert.Equal([culture == "ru" ? "session XXII of apk-kz-11 on 2026-11-28 «Единство и согласие»" : "session XXII of apk-kz-11 on 2026-11-28 «Unity and Accord»"],
            Read(text, culture, new LocalDate(2026, 11, 29)).FactsOf<ReadSession>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("The North Kazakhstan Regional Assembly of People of Kazakhstan held 15 family festivals this year.", "en")]
    [InlineData("Ассамблея народа Казахстана Северо-Казахстанской области в этом году провела 15 семейных фестивалей.", "ru")]
    [InlineData("Солтүстік Қазақстан облыстық ҚХА биыл 15 отбасылық фестиваль өткізді.", "kk")]
    public void A_family_adjective_before_an_activity_describes_it(string text, string culture) =>
        Assert.Equal(["summary 2026 of apk-kz-59: CulturalEvent 15"], Read(text, culture, new LocalDate(2026, 10, 15)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The North Kazakhstan Regional Assembly of People of Kazakhstan's «Family Hearth» project reached 120 families.", "en")]
    [InlineData("The North Kazakhstan Regional Assembly of People of Kazakhstan runs the «Family Hearth» project.", "en")]
    public void An_english_project_noun_after_the_name_names_a_project(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2026, 10, 15));
        Assert.Equal(["project «Family Hearth» of apk-kz-59"], reading.FactsOf<ReadProject>().Select(ReportCorpus.Describe));
        Assert.Empty(reading.FactsOf<ReadSummary>());
    }
    [Theory]
    [InlineData("Ассамблея народа Казахстана Атырауской области в октябре провела 45 мероприятий.\n\nАссамблея народа Казахстана Актюбинской области за тот же месяц провела 60 мероприятий.", "ru")]
    [InlineData("The Atyrau Regional Assembly of People of Kazakhstan held 45 events in October.\n\nThe Aktobe Regional Assembly of People of Kazakhstan held 60 events over the same month.", "en")]
    public void The_same_month_reaches_the_paragraph_before(string text, string culture) =>
        Assert.Equal(["summary 2026-10 of apk-kz-23: Event 45", "summary 2026-10 of apk-kz-15: Event 60"],
            Read(text, culture, new LocalDate(2026, 11, 3)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("Ассамблея народа Казахстана Актюбинской области за тот же месяц провела 60 мероприятий.", "ru")]
    [InlineData("The Aktobe Regional Assembly of People of Kazakhstan held 60 events in the same year.", "en")]
    [InlineData("Ақтөбе облыстық ҚХА сол айда 60 іс-шара өткізді.", "kk")]
    public void The_same_month_or_year_with_none_named_near_is_no_period(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 11, 3)), "«the same» month or year");

    [Theory]
    [InlineData("В уходящем году ассамблея народа Казахстана Жамбылской области провела 470 мероприятий.", "ru")]
    [InlineData("Жамбыл облыстық ҚХА өтіп бара жатқан жылы 470 іс-шара өткізді.", "kk")]
    [InlineData("In the outgoing year the Zhambyl Regional Assembly of People of Kazakhstan held 470 events.", "en")]
    public void The_outgoing_year_is_this_year(string text, string culture) =>
        Assert.Equal(["summary 2026 of apk-kz-31: Event 470"], Read(text, culture, new LocalDate(2026, 12, 20)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan held more than 450 events this year.", "en", "summary 2026 of apk-kz-11: Event >450")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan has held more than a thousand events since the start of the year.", "en", "summary YTD 2026-10-27 of apk-kz-11: Event >1000")]
    [InlineData("Ассамблея народа Казахстана Акмолинской области провела больше чем тысячу мероприятий в этом году.", "ru", "summary 2026 of apk-kz-11: Event >1000")]
    public void More_than_before_a_count_is_its_qualifier_not_a_comparison(string text, string culture, string fact) =>
        Assert.Equal([fact], Read(text, culture, new LocalDate(2026, 10, 27)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("In the third quarter the East Kazakhstan Regional Assembly of People of Kazakhstan held 210 events, 35 of them charity actions.", "en")]
    [InlineData("В третьем квартале Ассамблея народа Казахстана Восточно-Казахстанской области провела 210 мероприятий, 35 из них – благотворительные акции.", "ru")]
    public void A_part_of_them_of_a_kind_of_its_own_is_that_kinds_tally(string text, string culture) =>
        Assert.Equal(["summary 2026-Q3 of apk-kz-63: Event 210, CharityAction 35"], Read(text, culture, new LocalDate(2026, 10, 9)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("В третьем квартале Ассамблея народа Казахстана Восточно-Казахстанской области провела 210 мероприятий, 35 из них прошли в селах.", "ru")]
    [InlineData("In the third quarter the East Kazakhstan Regional Assembly of People of Kazakhstan held 210 events, 35 of them in villages.", "en")]
    public void A_part_of_them_with_no_kind_of_its_own_is_a_mention(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2026, 10, 9));
        Assert.Equal(["summary 2026-Q3 of apk-kz-63: Event 210"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Source.Phrase == "35");
    }
    [Theory]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan has held more than 450 events since it was founded.", "en")]
    [InlineData("The Akmola Regional Assembly of People of Kazakhstan has held more than 450 events since its establishment in 2020.", "en")]
    [InlineData("С момента создания в 2022 году Ассамблея народа Казахстана Акмолинской области провела более 450 мероприятий.", "ru")]
    [InlineData("Со дня основания Ассамблея народа Казахстана Акмолинской области провела более 450 мероприятий.", "ru")]
    [InlineData("Ақмола облыстық ҚХА құрылғаннан бері 450-ден астам іс-шара өткізді.", "kk")]
    [InlineData("Ақмола облыстық ҚХА құрылған күннен бастап 450-ден астам іс-шара өткізді.", "kk")]
    public void Counts_since_the_bodys_founding_are_no_period(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 10, 27)), "span of years up to now");

    [Fact]
    public void The_current_year_is_this_year_in_english() =>
        Assert.Equal(["summary 2026 of apk-kz-11: Event >450"],
            Read("The Akmola Regional Assembly of People of Kazakhstan held more than 450 events in the current year.", "en", new LocalDate(2026, 10, 27)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Ақмола облыстық Қазақстан халқы Ассамблеясы бір жылда 450-ден астам іс-шара өткізді.")]
    [InlineData("Ақмола облыстық Қазақстан халқы Ассамблеясы екі жыл ішінде 900 іс-шара өткізді.")]
    public void Years_something_was_done_within_are_no_anniversary(string text)
    {
        ReportReading reading = Read(text, "kk", new LocalDate(2026, 10, 27));
        Assert.Empty(reading.FactsOf<ReadAnniversary>());
        Assert.DoesNotContain(reading.FactsOf<ReadSummary>(), f => f.Summary.Tallies.Any(t => t.Kind == Kz.Assembly.Domain.Activities.AssemblyActivityKind.AnniversaryEvent));
    }

    [Fact]
    public void Kazakh_osy_zhyly_is_this_year() =>
        Assert.Equal(["summary 2026 of apk-kz-11: Event >450"],
            Read("Ақмола облыстық Қазақстан халқы Ассамблеясы осы жылы 450-ден астам іс-шара өткізді.", "kk", new LocalDate(2026, 10, 27)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Fact]
    public void The_whole_of_last_year_is_last_year() =>
        Assert.Equal(["summary 2026-01-01/2026-11-30 of apk-kz-59: Event 640", "summary 2025 of apk-kz-59: Event 590"],
            Read("Ассамблея народа Казахстана Северо-Казахстанской области за 11 месяцев провела 640 мероприятий. Для сравнения: за весь прошлый год было проведено 590 мероприятий.", "ru", new LocalDate(2026, 12, 4))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Ассамблея народа Казахстана Кызылординской области: итоги третьего квартала\n\nМероприятия – 190;\nв том числе благотворительные акции – 22;\nучастники – более 21 000 человек.", "ru", "People >21000")]
    [InlineData("Kyzylorda Regional Assembly of People of Kazakhstan, third quarter\n\nEvents: 190\nincluding charity actions: 22\nParticipants: 21,000", "en", "People 21000")]
    public void People_on_a_line_of_their_own_after_a_parts_line_are_the_wholes(string text, string culture, string reach) =>
        Assert.Equal([$"summary 2026-Q3 of apk-kz-43: Event 190, {reach}", "summary 2026-Q3 of apk-kz-43: CharityAction 22"],
            Read(text, culture, new LocalDate(2026, 10, 6)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void People_in_them_after_a_part_are_the_parts() =>
        Assert.Equal(["summary 2026-Q3 of apk-kz-43: Event 190", "summary 2026-Q3 of apk-kz-43: CharityAction 22, People 5000"],
            Read("Ассамблея народа Казахстана Кызылординской области в третьем квартале провела 190 мероприятий. В том числе 22 благотворительные акции. В них приняли участие 5 тысяч человек.", "ru", new LocalDate(2026, 10, 6))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Since January the Almaty Regional Assembly of People of Kazakhstan has held 930 events with about 120,000 participants, and 60 more are planned for December.", "en")]
    [InlineData("Алматы облыстық ҚХА жыл басынан бері 930 іс-шара өткізіп, оларға 120 мыңға жуық адам қатысты, ал желтоқсанда тағы 60 іс-шара жоспарлануда.", "kk")]
    public void People_before_a_later_clause_with_its_own_period_stay_with_their_count(string text, string culture) =>
        Assert.Equal(["summary YTD 2026-12-03 of apk-kz-19: Event 930, People ~120000"], Read(text, culture, new LocalDate(2026, 12, 3)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Residents can reach the mediation service of the Abai Regional Assembly of People of Kazakhstan at any hour. Since January the service has handled 57 cases.", "en", "summary YTD 2026-08-31 of apk-kz-10: EthnomediationCase 57")]
    [InlineData("При Ассамблее народа Казахстана области Абай работает служба медиации. С начала года служба рассмотрела 57 обращений.", "ru", "summary YTD 2026-08-31 of apk-kz-10: EthnomediationCase 57")]
    public void Cases_in_a_paragraph_that_spoke_of_mediation_are_mediation_cases(string text, string culture, string fact) =>
        Assert.Equal([fact], Read(text, culture, new LocalDate(2026, 8, 31)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void Cases_in_a_paragraph_with_no_mediation_are_no_mediation_cases() =>
        Assert.Empty(Read("The Abai Regional Assembly of People of Kazakhstan met in Semey.\n\nSince January the service has handled 57 cases.", "en", new LocalDate(2026, 8, 31)).FactsOf<ReadSummary>());
    [Theory]
    [InlineData("As of November 1, the West Kazakhstan Regional Assembly of People of Kazakhstan had held 700 events this year.", "en")]
    [InlineData("As of 1 November, the West Kazakhstan Regional Assembly of People of Kazakhstan had held 700 events this year.", "en")]
    [InlineData("По состоянию на 1 ноября, Ассамблея народа Казахстана Западно-Казахстанской области в этом году провела 700 мероприятий.", "ru")]
    public void As_of_a_day_is_the_year_up_to_it_even_with_this_year(string text, string culture) =>
        Assert.Equal(["summary YTD 2026-11-01 of apk-kz-27: Event 700"], Read(text, culture, new LocalDate(2026, 11, 9)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Almaty city Assembly of People of Kazakhstan held 95 events in October and 88 in November.", "en", "summary 2026-11 of apk-kz-75: Event 88")]
    [InlineData("Ассамблея народа Казахстана города Алматы провела 95 мероприятий в октябре и 88 в ноябре.", "ru", "summary 2026-11 of apk-kz-75: Event 88")]
    [InlineData("The Almaty city Assembly of People of Kazakhstan held 95 events in October and 88 charity actions in November.", "en", "summary 2026-11 of apk-kz-75: CharityAction 88")]
    public void A_conjunction_before_a_count_with_its_own_period_opens_a_clause(string text, string culture, string second) =>
        Assert.Equal(["summary 2026-10 of apk-kz-75: Event 95", second], Read(text, culture, new LocalDate(2026, 12, 2)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской области в 2026 году провела 820 мероприятий. Число участников выросло с 90 до 104 тысяч человек.", "ru")]
    [InlineData("The Karaganda Regional Assembly of People of Kazakhstan held 820 events in 2026. The number of participants grew from 90,000 to 104,000.", "en")]
    public void A_growth_from_one_figure_to_another_reaches_the_second(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2026, 12, 21));
        Assert.Equal(["summary 2026 of apk-kz-35: Event 820, People 104000"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("growth started from", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ассамблея народа Казахстана Карагандинской области в 2026 году провела 820 мероприятий. В них приняли участие от 90 до 104 тысяч человек.", "ru")]
    [InlineData("Қарағанды облыстық ҚХА 2026 жылы 820 іс-шара өткізді. Оларға 90 мыңнан 104 мыңға дейін адам қатысты.", "kk")]
    public void Neither_end_of_a_range_is_a_count(string text, string culture)
    {
        ReportReading reading = Read(text, culture, new LocalDate(2026, 12, 21));
        Assert.Equal(["summary 2026 of apk-kz-35: Event 820"], reading.FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("start of a range", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_growth_after_a_compared_periods_clause_is_a_mention() =>
        Assert.Equal(["summary 2026 of apk-kz-35: Event 820", "summary 2025 of apk-kz-35: Event 760"],
            Read("Ассамблея народа Казахстана Карагандинской области в 2026 году провела 820 мероприятий, тогда как в 2025 году – 760. Число участников выросло с 90 до 104 тысяч человек.", "ru", new LocalDate(2026, 12, 21))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void From_one_month_through_another_is_their_span() =>
        Assert.Equal(["summary 2026-09-01/2026-11-30 of apk-kz-39: Event 240"],
            Read("From September through November the Kostanay Regional Assembly of People of Kazakhstan held 240 events.", "en", new LocalDate(2026, 12, 3)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Түркістан облысындағы 17 аудандық ассамблея биыл барлығы 1 400 іс-шара өткізді. Облыстық ассамблеяның өзі 650 іс-шара ұйымдастырды.", "kk")]
    [InlineData("Районные ассамблеи Туркестанской области в этом году провели 1 400 мероприятий. Сама областная ассамблея провела 650 мероприятий.", "ru")]
    public void A_district_sentences_period_goes_on_to_the_regions_count(string text, string culture) =>
        Assert.Equal(["summary 2026 of apk-kz-61: Event 650"], Read(text, culture, new LocalDate(2026, 11, 12)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Fact]
    public void A_kazakh_range_from_the_ablative_is_no_count() =>
        Assert.Equal(["summary 2026 of apk-kz-35: Event 820"],
            Read("Қарағанды облыстық ҚХА 2026 жылы 820 іс-шара өткізді. Қатысушылар саны 90 мыңнан 104 мыңға дейін өсті.", "kk", new LocalDate(2026, 12, 21)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("В августе Ассамблея народа Казахстана области Улытау провела 32 мероприятия. В них приняли участие около двух с половиной тысяч человек.", "ru", "People ~2500")]
    [InlineData("Ұлытау облыстық ҚХА тамызда 32 іс-шара өткізді. Оларға екі жарым мыңға жуық адам қатысты.", "kk", "People ~2500")]
    [InlineData("In August the Ulytau Regional Assembly of People of Kazakhstan held 32 events attended by 2 and a half thousand people.", "en", "People 2500")]
    public void A_half_before_a_scale_word_is_added(string text, string culture, string reach) =>
        Assert.Equal([$"summary 2026-08 of apk-kz-62: Event 32, {reach}"], Read(text, culture, new LocalDate(2026, 9, 3)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void A_count_of_activities_after_people_and_and_is_its_own() =>
        Assert.Equal(["summary 2026-01-01/2026-06-30 of apk-kz-47: Event 300, CharityAction 40, Residents >36000"],
            Read("In the first six months of 2026, the Mangystau Regional Assembly of People of Kazakhstan organised 300 events involving more than 36,000 Aktau residents and 40 charity actions.", "en", new LocalDate(2026, 7, 9))
                .FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Fact]
    public void Activities_held_in_a_place_named_before_are_a_mention()
    {
        ReportReading reading = Read("В Экибастузе 2 октября открылся новый Дом дружбы. Ассамблея народа Казахстана Павлодарской области провела в нем уже 6 мероприятий.", "ru", new LocalDate(2026, 10, 20));
        Assert.Empty(reading.FactsOf<ReadSummary>());
        Assert.Contains(reading.Unplaced, m => m.Reason.Contains("one place named before", System.StringComparison.Ordinal));
    }
    [Fact]
    public void A_bare_count_before_a_comma_takes_the_noun_of_the_parallel_count_after_it() =>
        Assert.Equal(["summary 2026-Q1 of apk-kz-63: Event 150", "summary 2026-Q2 of apk-kz-63: Event 190"],
            Read("Шығыс Қазақстан облыстық ҚХА бірінші тоқсанда 150, екінші тоқсанда 190 іс-шара өткізді.", "kk", new LocalDate(2026, 7, 6)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));

    [Theory]
    [InlineData("The Atyrau Regional Assembly of People of Kazakhstan holds about 50 events a month; in October it held 58.", "en")]
    [InlineData("Ассамблея народа Казахстана Атырауской области проводит в среднем 50 мероприятий в месяц. В октябре было проведено 58.", "ru")]
    public void A_bare_count_after_a_rate_takes_the_kind_the_rate_named(string text, string culture) =>
        Assert.Equal(["summary 2026-10 of apk-kz-23: Event 58"], Read(text, culture, new LocalDate(2026, 11, 4)).FactsOf<ReadSummary>().Select(ReportCorpus.Describe));
    [Theory]
    [InlineData("Ассамблея народа Казахстана Восточно-Казахстанской области в первом квартале провела 150, во втором – 190 мероприятий.", "ru")]
    [InlineData("The East Kazakhstan Regional Assembly of People of Kazakhstan held 150 in the first quarter, 190 events in the second.", "en")]
    public void A_period_named_by_its_ordinal_alone_dates_no_count(string text, string culture) =>
        AssertNoFactButAMention<ReadSummary>(Read(text, culture, new LocalDate(2026, 7, 6)), "ordinal alone");
}
