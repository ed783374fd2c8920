using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Activities;

/// <summary>The kinds of activity an assembly reports.</summary>
[JsonConverter(typeof(EnumNameJsonConverter<AssemblyActivityKind>))]
public enum AssemblyActivityKind
{
    /// <summary>An event in general (іс-шара / мероприятие).</summary>
    Event = 0,

    /// <summary>A charity action (қайырымдылық акциясы / благотворительная акция).</summary>
    CharityAction = 1,

    /// <summary>An information and outreach meeting (ақпараттық-насихаттық кездесу / информационно-разъяснительная встреча).</summary>
    OutreachMeeting = 2,

    /// <summary>A cultural event (мәдени іс-шара).</summary>
    CulturalEvent = 3,

    /// <summary>A sports event (спорттық іс-шара).</summary>
    SportsEvent = 4,

    /// <summary>An event held for an anniversary (мерейтой аясындағы іс-шара), such as the APK's 30th.</summary>
    AnniversaryEvent = 5,

    /// <summary>A case of ethnomediation (этномедиация).</summary>
    EthnomediationCase = 6,
}
