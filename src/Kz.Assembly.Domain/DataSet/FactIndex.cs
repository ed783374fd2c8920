using System.Collections.Generic;
using System.Collections.Immutable;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Identity;

namespace Kz.Assembly.Domain;

/// <summary>The facts of one type in the order added, with O(1) lookups by id and by body.</summary>
internal sealed class FactIndex<TEntity>
    where TEntity : class, IEntity<TEntity>
{
    private readonly Dictionary<Id<TEntity>, TEntity> byId;
    private readonly Dictionary<Id<AssemblyBody>, ImmutableArray<TEntity>> byBody;

    internal FactIndex(ImmutableArray<TEntity> all, System.Func<TEntity, AssemblyBody?> bodyOf)
    {
        All = all;
        byId = new Dictionary<Id<TEntity>, TEntity>(all.Length);
        var lists = new Dictionary<Id<AssemblyBody>, ImmutableArray<TEntity>.Builder>();
        foreach (TEntity fact in all)
        {
            byId.TryAdd(fact.Id, fact);
            if (bodyOf(fact) is { } body)
            {
                if (!lists.TryGetValue(body.Id, out ImmutableArray<TEntity>.Builder? list))
                {
                    lists[body.Id] = list = ImmutableArray.CreateBuilder<TEntity>();
                }

                list.Add(fact);
            }
        }

        byBody = new Dictionary<Id<AssemblyBody>, ImmutableArray<TEntity>>(lists.Count);
        foreach (KeyValuePair<Id<AssemblyBody>, ImmutableArray<TEntity>.Builder> pair in lists)
        {
            byBody.Add(pair.Key, pair.Value.ToImmutable());
        }
    }

    internal ImmutableArray<TEntity> All { get; }

    internal bool TryGet(Id<TEntity> id, out TEntity? fact) => byId.TryGetValue(id, out fact);

    internal ImmutableArray<TEntity> Of(AssemblyBody body) =>
        byBody.TryGetValue(body.Id, out ImmutableArray<TEntity> facts) ? facts : [];
}
