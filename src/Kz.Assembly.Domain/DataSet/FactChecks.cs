using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;
using NodaTime;

namespace Kz.Assembly.Domain;

/// <summary>
/// The checks that tie facts to each other while a data set is built: ids unique per type, a fact's body added and its
/// date within the added version's days, a reference to a fact of a kind checked before. Every problem is collected,
/// none thrown.
/// </summary>
internal sealed class FactChecks(Dictionary<Id<AssemblyBody>, AssemblyBody> bodyById, List<DataSetProblem> problems)
{
    private readonly Dictionary<Type, object> held = [];

    /// <summary>The facts with their first fact per id; a later fact with the same id is a problem.</summary>
    internal ImmutableArray<TEntity> Unique<TEntity>(List<TEntity> facts)
        where TEntity : class, IEntity<TEntity>
    {
        var first = new Dictionary<Id<TEntity>, TEntity>(facts.Count);
        ImmutableArray<TEntity>.Builder unique = ImmutableArray.CreateBuilder<TEntity>(facts.Count);
        foreach (TEntity fact in facts)
        {
            if (first.TryGetValue(fact.Id, out TEntity? earlier))
            {
                string what = typeof(TEntity).Name;
                problems.Add(new DataSetProblem(
                    DataSetProblemKind.DuplicateId,
                    [fact.Id.ToString(), fact.Id.ToString()],
                    $"{what} {fact.Id} was added twice: first «{earlier}», then «{fact}». Add each fact once, or give two different facts ids of their own with WithId."));
                continue;
            }

            first.Add(fact.Id, fact);
            unique.Add(fact);
        }

        return unique.ToImmutable();
    }

    /// <summary>Records a kind's checked facts, for the kinds checked after it to refer to.</summary>
    internal void Hold<TEntity>(ImmutableArray<TEntity> facts)
        where TEntity : class, IEntity<TEntity> =>
        held[typeof(TEntity)] = new Lazy<HashSet<Id<TEntity>>>(() => [.. facts.Select(fact => fact.Id)]);

    /// <summary>Whether a fact with this id of a kind checked before was added.</summary>
    internal bool Holds<TEntity>(Id<TEntity> id)
        where TEntity : class, IEntity<TEntity> =>
        held.TryGetValue(typeof(TEntity), out object? ids) && ((Lazy<HashSet<Id<TEntity>>>)ids).Value.Contains(id);

    /// <summary>Checks that a fact's body was added and that its date falls within the added version's days.</summary>
    internal void Dated(AssemblyBody body, LocalDate? date, string factId, string what)
    {
        if (!bodyById.TryGetValue(body.Id, out AssemblyBody? added))
        {
            Report(DataSetProblemKind.UnknownReference, $"{what} refers to body {body.Id}, which was not added to the data set.", factId, body.Id.ToString());
            return;
        }

        if (date is { } day && added.ValidateActiveOn(day, nameof(date), what) is { } error)
        {
            Report(DataSetProblemKind.DateOutsideBody, error.Message, factId, body.Id.ToString());
        }
    }

    /// <summary>Reports a problem naming the facts involved.</summary>
    internal void Report(DataSetProblemKind kind, string message, params string[] factIds) =>
        problems.Add(new DataSetProblem(kind, [.. factIds], message));
}
