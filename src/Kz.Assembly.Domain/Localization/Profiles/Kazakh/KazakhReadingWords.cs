using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Representation;
using Kz.Assembly.Domain.Sessions;
using NodaTime;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The words the report reader knows in Kazakh, as Cyrillic stems: reports in Latin Kazakh are read through
/// <see cref="KazakhTransliteration"/>, which writes a loanword's ц as тс (aktsiia → актсииа) and its э as е
/// (etnomediatsiia → етномедиатсииа), so those stems are listed too.
/// </summary>
internal static class KazakhReadingWords
{
    public static ReadingVocabulary Vocabulary { get; } = ReadingVocabulary.Empty
        .AddActivity(AssemblyActivityKind.Event, "іс-шара")

        // «42 мерекелік шара»: the event also by its short word (шара, шаралар, шарасы).
        .AddActivity(AssemblyActivityKind.Event, "шара")
        .AddActivity(AssemblyActivityKind.CharityAction, "акци", "актси")
        .AddActivity(AssemblyActivityKind.OutreachMeeting, "кездесу")
        .AddActivity(AssemblyActivityKind.EthnomediationCase, "этномедиаци", "медиаци", "медиатси", "этномедиатси", "етномедиатси")

        // «12 концерт», «5 турнир»: concerts and festivals are cultural events; tournaments, sports contests (жарыс) and
        // spartakiads are sports events.
        .AddActivity(AssemblyActivityKind.CulturalEvent, "концерт", "фестивал")
        .AddActivity(AssemblyActivityKind.SportsEvent, "турнир", "жарыс", "спартакиада")
        .AddActivityModifier(AssemblyActivityKind.CharityAction, "қайырымдылық")
        .AddActivityModifier(AssemblyActivityKind.CulturalEvent, "мәдени")
        .AddActivityModifier(AssemblyActivityKind.SportsEvent, "спорттық")
        .AddActivityModifier(AssemblyActivityKind.AnniversaryEvent, "мерейтойлық")
        .AddAudience(Audience.People, "адам", "қатысушы", "бала", "оқушы", "студент", "жастар", "көрермен", "келуші")
        .AddAudience(Audience.Residents, "тұрғын")
        .AddChamber(Chamber.Senate, "сенат")
        .AddChamber(Chamber.Mazhilis, "мәжіліс")
        .AddChamber(Chamber.NationalKurultai, "құрылта")
        .AddParticipantGroup(ParticipantGroup.AssemblyCouncilMembers, "кеңес", "мүше")
        .AddParticipantGroup(ParticipantGroup.PublicFigures, "зиялы")
        .AddParticipantGroup(ParticipantGroup.DistrictAndCityAkims, "әкімдері")
        .AddParticipantGroup(ParticipantGroup.AssemblyStructures, "құрылым")
        .AddParticipantGroup(ParticipantGroup.EthnoculturalAssociations, "этномәдени")
        .AddParticipantGroup(ParticipantGroup.YouthOrganisations, "жастар", "ұйым")
        .AddQuarterOrdinal(1, "бірінші", "алғашқы").AddQuarterOrdinal(2, "екінші").AddQuarterOrdinal(3, "үшінші").AddQuarterOrdinal(4, "төртінші")
        .Add(ReadingPhrase.YearToDate, "жыл", "басынан").Add(ReadingPhrase.YearToDate, ReadingVocabulary.YearSlot, "жыл", "басынан")
        .Add(ReadingPhrase.YearToDate, ReadingVocabulary.YearSlot, "басынан")
        .Add(ReadingPhrase.ThisYear, "биыл").Add(ReadingPhrase.ThisYear, "ағымдағы", "жыл")
        .Add(ReadingPhrase.ThisYear, "осы", "жылы").Add(ReadingPhrase.ThisYear, "өтіп", "бара", "жатқан", "жыл").Add(ReadingPhrase.ThisYear, "аяқталып", "келе", "жатқан", "жыл")
        .Add(ReadingPhrase.PastYear, "соңғы", "бір", "жыл").Add(ReadingPhrase.PastYear, "өткен", "бір", "жыл")
        .Add(ReadingPhrase.LastYear, "былтыр").Add(ReadingPhrase.LastYear, "өткен", "жыл")
        .Add(ReadingPhrase.PartOpening, "олардың", "арасында")
        .Add(ReadingPhrase.ReportingPeriod, "есепті", "кезеңде").Add(ReadingPhrase.ReportingPeriod, "есепті", "кезең", "ішінде")
        .Add(ReadingPhrase.OwnInitiative, "өз", "бастамасы").Add(ReadingPhrase.OwnInitiative, "өз", "бастамалар")
        .Add(ReadingPhrase.OwnInitiative, "өз", "бетінше").Add(ReadingPhrase.OwnInitiative, "өз", "күшімен")
        .Add(ReadingPhrase.UndatedDays, "апта", "ішінде").Add(ReadingPhrase.UndatedDays, "бір", "аптада").Add(ReadingPhrase.UndatedDays, "сол", "күндері")
        .Add(ReadingPhrase.NextYear, "келесі", "жылы").Add(ReadingPhrase.NextYear, "келесі", "жылға").Add(ReadingPhrase.NextYear, "келесі", "жылдың")
        .Add(ReadingPhrase.NextYear, "келер", "жылы").Add(ReadingPhrase.NextYear, "алдағы", "жылы")
        .Add(ReadingPhrase.HalfYear, "жарты", "жыл")

        // «бірінші жартыжылдықта»: the half-year also written as one word.
        .Add(ReadingCue.HalfYear, "жартыжыл")
        .Add(ReadingPhrase.National, "елімізде").Add(ReadingPhrase.National, "еліміздегі").Add(ReadingPhrase.National, "еліміз", "бойынша")
        .Add(ReadingPhrase.National, "республика", "бойынша").Add(ReadingPhrase.National, "республикамызда").Add(ReadingPhrase.National, "бүкіл", "ел")
        .Add(ReadingPhrase.National, "қазақстанда").Add(ReadingPhrase.National, "елде")
        .Add(ReadingPhrase.National, "қазақстан", "бойынша")
        .Add(ReadingPhrase.National, "өңірлерде").Add(ReadingPhrase.National, "облыстарда").Add(ReadingPhrase.National, "ел", "бойынша")

        // The Assembly's branches in every region: their sum is the whole country's.
        .Add(ReadingPhrase.National, "облыстық", "ассамблеялар").Add(ReadingPhrase.National, "өңірлік", "ассамблеялар")

        // The people of the whole country named as such: «қазақстандықтар».
        .Add(ReadingPhrase.National, "қазақстандықтар")
        .Add(ReadingPhrase.District, "аудан", "бойынша")
        // Always with its possessive ending (үйі, үйін, үйлері): «үй» alone would be a two-letter word, read whole.
        .Add(ReadingPhrase.FriendshipHouse, "достық", "үйі").Add(ReadingPhrase.FriendshipHouse, "достық", "үйл")
        // «Асамблеи», «Асамблеясы»: the one-s typo is common in real news.
        .Add(ReadingCue.Assembly, "ассамбле", "асамбле")
        .Add(ReadingCue.AssemblyAbbreviation, "қха")
        .Add(ReadingCue.AssemblyAsSubject, "ассамблеясы", "асамблеясы", "қха")
        .Add(ReadingCue.People, "халқ")
        .Add(ReadingCue.Kazakhstan, "қазақстан")
        .Add(ReadingCue.Session, "сессия", "сесси")
        .Add(ReadingCue.Held, "өтті", "өткізілді", "өткізді")
        .Add(ReadingCue.Future, "өтеді", "өтпек", "өткізіледі", "өткізілмек", "алдағы", "жоспарлан")

        // «Алда өтетін сессия»: the participle of what is still to take place.
        .Add(ReadingCue.Future, "өтетін", "өткізілетін", "шегерілді", "қалдырылды")
        .Add(ReadingCue.Future, "қатысады", "қатыспақ", "барады")
        // A session prepared for has not been held: «XXXII сессияға дайындық талқыланды».
        .Add(ReadingCue.Future, "дайындық", "дайындал", "қарсаңында")
        .Add(ReadingCue.FutureParticipleEnding, "атын", "етін", "йтын", "йтін")
        .Add(ReadingCue.Plan, "жоспар", "өткізілет", "ұйымдастырылат", "өтет")
        .Add(ReadingCue.Plan, "өткізеді", "өткізбек", "өткізіледі", "өткізілмек", "өтеді", "өтпек", "ұйымдастырады", "ұйымдастырылады")

        // «ШҚО тұрғындары 7 ірі іс-шара дайындауда»: what is being prepared has not taken place.
        .Add(ReadingCue.Plan, "дайындалуда", "дайындауда", "әзірлеуде", "әзірленуде")
        .Add(ReadingCue.Plan, "көздеп", "көзделуде", "көзделіп", "күтілуде", "күтіледі")
        // The future of beginning and going on, and the participle of what is to be marked: «сәуірде басталады», «жыл
        // соңына дейін жалғасады», «биыл атап өтілетін».
        .Add(ReadingCue.Plan, "басталад", "басталмақ", "жалғасад", "өтілет")
        // A verbal noun with its possessive is what is to be done, not what was: «200 іс-шара өткізуі тиіс».
        .Add(ReadingCue.Plan, "өткізуі", "ұйымдастыруы")
        // …but «ҚХА-ның ұйымдастыруымен 210 шара өткізілді» is organised by it, and held.
        .Add(ReadingCue.OrganisedBy, "ұйымдастыруымен", "өткізуімен", "ұйымдастыруында")
        .Add(ReadingCue.OtherCountedAdjective, "отбасылық", "этностық")

        // A promise in the first person: «Келесі жылы 500 іс-шара өткіземіз».
        .Add(ReadingCue.Plan, "өткіземіз", "ұйымдастырамыз")
        // A wish is no deed: «600 іс-шара өткізгіміз келеді», «өткізуді көздейміз».
        .Add(ReadingCue.Plan, "өткізгіміз", "ұйымдастырғымыз", "көздейміз", "ниеттіміз")
        // «қаржы жеткілікті болса, 400 іс-шара өткізер еді»: the conditional, would have held.
        .Add(ReadingCue.NoDeed, "өткізер", "өтер", "ұйымдастырар", "өткізілер")
        .Add(ReadingCue.Proposal, "ұсыныс", "керек", "қажет")
        .Add(ReadingCue.Meeting, "жиын", "сессия", "отырыс")
        .Add(ReadingCue.Delegation, "делегац")

        // A target is a plan; what was fulfilled of it is held («нысаналы көрсеткіш – 1 000 іс-шара, 870-і орындалды»).
        .Add(ReadingCue.Plan, "нысаналы")
        .Add(ReadingCue.Fulfilled, "орындал", "орындад")
        .Add(ReadingCue.HeldVerb, "өткізді", "өткізілді", "өтті", "ұйымдастырды", "ұйымдастырылды")
        // The converb before an auxiliary: «600 іс-шараның 560-ын өткізіп үлгерді» (managed to hold).
        .Add(ReadingCue.HeldVerb, "өткізіп", "ұйымдастырып")
        .Add(ReadingCue.OneEvent, "фестивал", "форум", "концерт", "көрме")
        .Add(ReadingCue.Cancelled, "кейінге", "тоқтатыл", "өткізілмед")
        .Add(ReadingCue.Support, "қолдау")
        .Add(ReadingCue.Average, "орташа", "есеппен")
        .Add(ReadingCue.DistrictPlace, "ауданында", "ауданындағы")
        .Add(ReadingCue.Grew, "өсті", "өскен", "артты", "артқан", "жетті", "жеткен", "көбейді")
        .Add(ReadingCue.NoReach, "жүлдегер", "жеңімпаз", "ерікті", "волонтер", "қазылар", "делегация", "байқау", "ашылу", "турнир", "ауқымды")
        .Add(ReadingCue.Erroneous, "қате", "қатесі", "қателік", "қателесіп", "қателескен", "қателікпен", "нұсқасында")
        .Add(ReadingCue.Reached, "қатыс", "қамт", "жиналд", "жиылд", "тартылд", "келд", "тамашала", "көрермен", "тыңдарман", "барды", "атсалыс", "араласт")
        .Add(ReadingCue.RegionalAdjective, "облыстық", "қалалық")
        .Add(ReadingCue.BodyAdjectiveEnding, "облыстық", "қалалық")
        .Add(ReadingCue.DistrictAdjective, "аудандық")
        .Add(ReadingCue.DistrictOwner, "ауданының", "ауданы", "аудан")
        .Add(ReadingCue.Percent, "пайыз")
        .Add(ReadingCue.Total, "барлығы", "жалпы")
        .Add(ReadingCue.Each, "әрбір")
        .Add(ReadingCue.LastWeekday, "өткен")
        .Add(ReadingCue.DayUnit, "күн")
        .Add(ReadingCue.Together, "бірлесіп", "бірге")
        .Add(ReadingCue.Help, "көмек")
        .Add(ReadingCue.Figure, "көрсеткіш", "дерек", "мәлімет")
        .Add(ReadingCue.Instead, "орнына")
        .Add(ReadingCue.Side, "тарап")
        .AddWeekday(IsoDayOfWeek.Monday, "дүйсенбі", "дүйсенбіде").AddWeekday(IsoDayOfWeek.Tuesday, "сейсенбі", "сейсенбіде")
        .AddWeekday(IsoDayOfWeek.Wednesday, "сәрсенбі", "сәрсенбіде").AddWeekday(IsoDayOfWeek.Thursday, "бейсенбі", "бейсенбіде")
        .AddWeekday(IsoDayOfWeek.Friday, "жұма", "жұмада").AddWeekday(IsoDayOfWeek.Saturday, "сенбі", "сенбіде")
        .AddWeekday(IsoDayOfWeek.Sunday, "жексенбі", "жексенбіде")
        .Add(ReadingCue.PartEnding, "ы", "і", "сы", "сі", "ында", "інде", "сында", "сінде")
        .Add(ReadingCue.CityAdjective, "қалалық")
        .Add(ReadingCue.RegionNoun, "облыс")
        .Add(ReadingCue.RegionPossessor, "облысы", "облысының", "қаласы", "қаласының")
        .Add(ReadingCue.Foreign, "ресей", "қырғызстан", "өзбекстан", "тәжікстан", "түрікменстан", "беларус", "қытай", "моңғолия", "әзірбайжан", "украин", "германия", "түркия")

        // Neighbours' capitals: «олардың ассамблеясы Бішкекте 300 іс-шара өткізді» is no figure of Kazakhstan's.
        .Add(ReadingCue.Foreign, "мәскеу", "бішкек", "бишкек", "ташкент", "душанбе", "ашхабад", "минск", "бейжің", "анкара", "стамбұл", "стамбул")
        .Add(ReadingCue.Member, "депутат", "мүше")
        .Add(ReadingCue.Deputy, "депутат")
        .Add(ReadingCue.Group, "тоб")
        .Add(ReadingCue.InterChamber, "палатааралық")
        .Add(ReadingCue.ProjectAfterName, "жоба")
        .Add(ReadingCue.ThemeAfterName, "тақыры", "атауымен", "ұранымен")
        // «Достық үйінің ашылу салтанаты өтті» (its opening ceremony took place), «есігін айқара ашты» (opened its doors).
        .Add(ReadingCue.Opened, "ашылды", "ашылған", "ашылу", "ашты")
        .Add(ReadingCue.Ago, "бұрын")
        .Add(ReadingCue.OpenedPerfect, "ашылған")
        .Add(ReadingCue.VenueForm, "үйінде", "үйлерінде")
        .Add(ReadingCue.Republican, "республикалық", "жалпыұлттық")
        .Add(ReadingCue.OtherAssembly, "балалар", "студент", "оқушылар", "мектеп", "кіші")
        .Add(ReadingCue.OtherAssembly, "парламенттік", "парламентаралық")
        .Add(ReadingCue.Foreign, "бұұ", "еқыұ")
        .Add(ReadingCue.ForeignAdjective, "қырғыз", "ресейлік", "өзбек", "тәжік", "түрікмен", "қытай", "моңғол", "әзірбайжан", "неміс", "түрік")
        .Add(ReadingCue.PeoplesPlural, "халықтары").Add(ReadingCue.OtherAssembly, "жастар", "дүниежүзілік")
        .Add(ReadingCue.Council, "кеңес")
        .Add(ReadingCue.LocalCouncil, "мәслихат")
        .Add(ReadingCue.Office, "әкім", "орынбасар", "басшы", "төраға", "хатшы", "президент")
        .Add(ReadingCue.OfficeStart, "облыс", "мемлекет", "қала")
        .Add(ReadingCue.Moderator, "модератор")
        .Add(ReadingCue.Speech, "деді", "айтты", "атап", "тоқтал", "тиек", "сөйле", "баяндама")
        .Add(ReadingCue.Participation, "қатыс", "атсалыс")
        .Add(ReadingCue.SurnameEnding, "ұлы", "улы", "қызы", "кызы", "ова", "ева", "ина", "ына", "ов", "ев", "ин", "ын")
        .Add(ReadingCue.NameCaseEnding, "тың", "тің", "дың", "дің", "ның", "нің", "тан", "тен", "дан", "ден", "нан", "нен", "мен", "пен", "бен")
        .Add(ReadingCue.NameCaseEnding, "қа", "ке", "ға", "ге", "та", "те", "да", "де", "ты", "ті", "ды", "ді", "ны", "ні")
        .Add(ReadingCue.Anniversary, "жылдығ", "мерейтой")
        .Add(ReadingCue.Years, "жыл")
        .Add(ReadingCue.YearsPassed, "тол")
        .Add(ReadingCue.Year, "жыл")
        .Add(ReadingCue.MonthAfterName, "ай")
        .Add(ReadingCue.Months, "ай")
        .Add(ReadingCue.Monthly, "айлық")
        .Add(ReadingCue.SessionAdjective, "кезекті", "кезектен", "мерейтойлық", "салтанатты", "есепті")
        .Add(ReadingCue.Quarter, "тоқсан")
        .Add(ReadingCue.LocativeEnding, "да", "де", "та", "те")
        .Add(ReadingCue.Today, "бүгін", "бүгінгі")
        .Add(ReadingCue.Yesterday, "кеше", "кешегі")
        .Add(ReadingCue.SpanSince, "бері")
        // «қаңтар айынан бастап қыркүйек айына дейін», «1 қаңтардан бастап 30 қыркүйекке дейін»: from one to the other.
        .Add(ReadingCue.DayRangeTo, "бастап")
        .Add(ReadingCue.RecentYears, "соңғы")
        .Add(ReadingCue.Those, "осы", "сол", "өткен")
        .Add(ReadingCue.OneOrganisation, "орталық", "орталығы", "бірлестігі", "қоғамы", "қауымдастығы", "клубы")
        .Add(ReadingCue.Comparison, "салыстырғанда", "қарағанда", "салыстыру")
        .Add(ReadingPhrase.SameDay, "сол", "күні").Add(ReadingPhrase.SameDay, "осы", "күні")
        .Add(ReadingPhrase.SameYear, "сол", "жылы")
        .Add(ReadingPhrase.SameMonth, "сол", "айда").Add(ReadingPhrase.SameMonth, "сол", "айы").Add(ReadingPhrase.SameMonth, "сол", "ай", "ішінде")
        .Add(ReadingPhrase.MonthEndAfter, "айының", "соңына", "дейін").Add(ReadingPhrase.MonthEndAfter, "соңына", "дейін")
        .Add(ReadingPhrase.OfThem, "оның", "ішінде").Add(ReadingPhrase.OfThem, "олардың", "ішінде").Add(ReadingPhrase.OfThem, "оның").Add(ReadingPhrase.OfThem, "олардың")
        .Add(ReadingPhrase.OfThem, "соның", "ішінде").Add(ReadingPhrase.OfThem, "солардың", "ішінде").Add(ReadingPhrase.OfThem, "бұлардың", "ішінде")
        // «өткен жылдың осы кезеңінде – 250»: a year named right before («осы кезеңде» alone is the period just named).
        .Add(ReadingPhrase.SamePeriod, "жылдың", "осы", "кезеңінде").Add(ReadingPhrase.SamePeriod, "жылдың", "сол", "кезеңінде")
        .Add(ReadingPhrase.SamePeriod, "былтыр", "осы", "кезеңде").Add(ReadingPhrase.SamePeriod, "былтыр", "сол", "кезеңде")
        .Add(ReadingPhrase.SamePeriod, "жылғы", "осы", "кезеңде").Add(ReadingPhrase.SamePeriod, "жылы", "осы", "кезеңде")
        // «өткен жылдың сәйкес кезеңінде», «былтырғы тиісті кезеңде», «өткен жылы осы уақытта»: the corresponding period.
        .Add(ReadingPhrase.SamePeriod, "сәйкес", "кезең").Add(ReadingPhrase.SamePeriod, "тиісті", "кезең")
        .Add(ReadingPhrase.SamePeriod, "жылы", "осы", "уақытта").Add(ReadingPhrase.SamePeriod, "былтыр", "осы", "уақытта")
        .Add(ReadingPhrase.SamePeriod, "жылдың", "осы", "уақыт")
        .Add(ReadingCue.YearsWithin, "ішінде", "бойы")
        .Add(ReadingPhrase.YearEnd, "жыл", "соңында").Add(ReadingPhrase.YearEnd, "жыл", "қорытындыс")
        .Add(ReadingPhrase.OverTheYears, "осы", "жылдар").Add(ReadingPhrase.OverTheYears, "жылдар", "бойы")
        .Add(ReadingPhrase.OverTheYears, "соңғы", "онжылдықта").Add(ReadingPhrase.OverTheYears, "соңғы", "он", "жылда")
        // «құрылғаннан бері», «құрылған күннен бастап»: every year from the body's start up to now.
        .Add(ReadingPhrase.OverTheYears, "құрылғаннан").Add(ReadingPhrase.OverTheYears, "құрылғалы")
        .Add(ReadingPhrase.OverTheYears, "құрылған", "күн").Add(ReadingPhrase.OverTheYears, "құрылған", "сәт")
        .Add(ReadingPhrase.AsOfAfterDate, "жағдай", "бойынша")
        // «1 қазанға дейін», «бүгінгі күнге дейін» (up to that day), «бүгінгі таңда» (as things stand today).
        .Add(ReadingPhrase.AsOfAfterDate, "дейін").Add(ReadingPhrase.AsOfAfterDate, "таңда")
        .Add(ReadingPhrase.ThisMonth, "осы", "айда").Add(ReadingPhrase.ThisMonth, "ағымдағы", "айда")
        .Add(ReadingPhrase.LastMonth, "өткен", "айда")
        .Add(ReadingPhrase.ThisWeek, "осы", "аптада").Add(ReadingPhrase.ThisWeek, "осы", "апта", "ішінде")
        .Add(ReadingPhrase.LastWeek, "өткен", "аптада").Add(ReadingPhrase.LastWeek, "өткен", "апта", "ішінде")
        .Add(ReadingPhrase.Weekend, "демалыс", "күндері").Add(ReadingPhrase.Weekend, "өткен", "демалыс", "күндері")
        .Add(ReadingPhrase.PerUnit, "күніне").Add(ReadingPhrase.PerUnit, "аптасына").Add(ReadingPhrase.PerUnit, "айына").Add(ReadingPhrase.PerUnit, "жылына")
        .Add(ReadingCue.Plan, "өткізуді", "ұйымдастыруды", "тапсырма")
        .Add(ReadingPhrase.PerUnit, "ай", "сайын").Add(ReadingPhrase.PerUnit, "апта", "сайын").Add(ReadingPhrase.PerUnit, "жыл", "сайын")
        .Add(ReadingCue.Season, "көктемде", "жазда", "күзде", "қыста", "жазғы", "қысқы", "көктемгі", "күзгі")
        .Add(ReadingCue.CountPhraseEnd, "есе")
        .Add(ReadingCue.OrdinalSuffix, "ші", "шы", "інші", "ыншы", "жыл")
        .Add(ReadingCue.ApproximateEnding, "дай", "дей", "тай", "тей", "шақты")
        .Add(ReadingCue.NumberOf, "саны", "санын")
        .Add(ReadingCue.Exceeded, "асты", "асып", "асқан")
        .Add(ReadingCue.LoneScale, "мың", "мыңнан", "мыңға")
        .Add(ReadingCue.OneOfScale, "бір")
        .Add(ReadingCue.ClauseConjunction, "ал", "және", "алайда", "бірақ")
        .Add(ReadingCue.SessionsCounted, "сессиялар")
        .Add(ReadingCue.SessionBareNoun, "сессия")
        .Add(ReadingCue.ActivityPlace, "кабинет")
        .Add(ReadingCue.HousesPlural, "үйлер")
        .Add(ReadingCue.Capital, "елорда")
        .Add(ReadingCue.NationalProject, "жалпыұлттық", "республикалық")
        .Add(ReadingPhrase.NationalProjectName, "үлкен", "ел")
        .Add(ReadingPhrase.OneAndAHalf, "бір", "жарым").Add(ReadingPhrase.AndAHalf, "жарым")
        .Add(ReadingCue.ListJoin, "және", "мен")
        .Add(ReadingCue.GenitiveEnding, "ның", "нің", "дың", "дің", "тың", "тің")
        .Add(ReadingCue.PatronymicEnding, "ұлы", "улы", "қызы", "uly", "qyzy")
        .Add(ReadingCue.SessionNominative, "сессия", "сессиясы")
        .Add(ReadingCue.YouthOrAge, "жас")
        .Add(ReadingCue.Ongoing, "өткізілуде", "өтуде", "жалғасуда", "ұйымдастырылуда")
        .Add(ReadingCue.RateAdverb, "сайын")
        .Add(ReadingCue.OtherCounted, "медиатор", "тренер", "маман", "сарапшы", "кабинет", "күн", "сағат", "апта")
        .Add(ReadingCue.OtherCounted, "отбасы", "этнос", "бірлестік", "ұйым", "орталы", "жоба", "өтінім", "тілде", "теңге", "грант")
        .Add(ReadingCue.OtherCounted, "сұрақ", "ұсыныс", "логотип", "медаль", "кітап", "нөмір", "туынды")
        .Add(ReadingCue.OtherOrganiser, "әкімдіг", "әкімдік", "басқарма", "департамент", "қозғалыс")
        .Add(ReadingCue.OtherOrganiser, "министрлі", "партия", "кітапхана", "университет", "мұражай")
        .Add(ReadingCue.OccasionYear, "жылы", "жылына", "жылында")
        .Add(ReadingCue.HowMany, "қанша")
        .Add(ReadingCue.OwnPossessive, "өзінің")
        .Add(ReadingCue.SourceCitation, "мәлімет", "хабарла", "дерег", "айтуынша", "деді", "айтты", "атап", "мәлімде", "басшы", "орынбасар")

        // «30 жылдық аясындағы шаралар»: the years of a jubilee as an adjective, like «жылдығы», count nothing.
        .Add(ReadingCue.OtherCounted, "жылдық")

        // A Kazakh demonym: a place with -лық/-лік/-дық/-дік/-тық/-тік, then the plural, then any case ending
        // (шымкент-тік-тер-ді, астана-лық-тар, түркістан-дық-тар-ға).
        .Add(ReadingCue.DemonymPlural, "лықтар", "ліктер", "дықтар", "діктер", "тықтар", "тіктер")
        .Add(ReadingCue.DisputeWholeWord, "дау", "дауды", "даулар", "дауларды", "дауға", "дауларға", "дауын", "дауларын", "дауларының")
        // Appeals a mediation council considered are its cases: «медиация кеңестері 14 өтінішті қарады».
        .Add(ReadingCue.Dispute, "өтініш", "шағым", "арыз")
        .Add(ReadingCue.Mediation, "медиа", "этномедиа", "бітімгер")
        .AddMonths(KazakhProfile.Months);

    private static ReadingVocabulary AddMonths(this ReadingVocabulary vocabulary, string[] stems)
    {
        for (int month = 1; month <= 12; month++)
        {
            vocabulary = vocabulary.AddMonthStem(month, stems[month - 1]);
        }

        return vocabulary;
    }
}
