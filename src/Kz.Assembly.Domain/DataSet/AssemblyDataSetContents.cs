using System.Collections.Generic;
using System.Collections.Immutable;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Council;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.People;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain;

/// <summary>The checked facts the builder hands to a new data set; those of each held kind by entity type (an
/// <see cref="ImmutableArray{T}"/> of it).</summary>
internal sealed record AssemblyDataSetContents(
    ImmutableArray<AssemblyBody> Bodies,
    ImmutableArray<Person> People,
    ImmutableArray<Session> Sessions,
    ImmutableDictionary<Id<AssemblyBody>, SessionHistory> Histories,
    ImmutableDictionary<Id<AssemblyBody>, AssemblyCouncil> Councils,
    IReadOnlyDictionary<System.Type, object> Held);
