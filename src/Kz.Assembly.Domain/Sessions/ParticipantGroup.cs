using System.Text.Json.Serialization;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Sessions;

/// <summary>The groups of participants a session report lists (the article names all of these).</summary>
[JsonConverter(typeof(EnumNameJsonConverter<ParticipantGroup>))]
public enum ParticipantGroup
{
    /// <summary>Members of the APK Council (ҚХА Кеңесінің мүшелері).</summary>
    AssemblyCouncilMembers = 0,

    /// <summary>Public figures and intelligentsia (зиялы қауым өкілдері).</summary>
    PublicFigures = 1,

    /// <summary>District and city akims (аудан, қала әкімдері).</summary>
    DistrictAndCityAkims = 2,

    /// <summary>Leaders and members of the assembly's own structures (ҚХА құрылымдарының жетекшілері мен мүшелері).</summary>
    AssemblyStructures = 3,

    /// <summary>Leaders and members of ethnocultural associations (этномәдени бірлестіктердің жетекшілері мен мүшелері).</summary>
    EthnoculturalAssociations = 4,

    /// <summary>Youth organisations (жастар ұйымдары).</summary>
    YouthOrganisations = 5,
}
