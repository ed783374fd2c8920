using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Merges a document's facts into the tables by id, in one transaction: new facts are inserted (activities with
/// binary COPY), facts stored with the same content are left alone, and facts stored with other content are refused,
/// replaced or kept by the policy. Imports take one transaction-scoped advisory lock, so two at once run one after
/// the other: neither can read "not stored yet" for a fact the other is inserting.
/// </summary>
internal static class DataSetMerge
{
    // pg_advisory_xact_lock's key for the library's imports ("KzApkImp"): released by the commit or rollback itself.
    internal const long ImportLock = 0x4B7A_4170_6B49_6D70;

    /// <summary>The rows to merge and the fact keys (<c>bodies/apk-kz-61</c>) that were only looked up to complete
    /// the document's references, which the result does not count.</summary>
    internal delegate Task<(TableRows Rows, IReadOnlySet<string> LookedUp)> Incoming(DbContext context, CancellationToken cancellationToken);

    internal static async Task<ImportResult> RunAsync(DbContext context, Incoming incoming, MergePolicy policy, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, $"{(int)policy} is not a defined MergePolicy.");
        }

        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using IDbContextTransaction transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ImportLock})", cancellationToken).ConfigureAwait(false);
            (TableRows rows, IReadOnlySet<string> lookedUp) = await incoming(context, cancellationToken).ConfigureAwait(false);
            TableRows stored = await StoredRows.WithIdsOfAsync(context, rows, cancellationToken).ConfigureAwait(false);
            Plan plan = Compare(rows, stored, lookedUp);
            if (plan.Conflicts.Count > 0 && policy == MergePolicy.RefuseConflicts)
            {
                throw new ImportConflictException(plan.Conflicts);
            }

            HashSet<string> write = [.. plan.New, .. policy == MergePolicy.IncomingWins ? plan.Differing : []];
            if (policy == MergePolicy.IncomingWins)
            {
                await DeleteReplacedAsync(context, rows, plan.Differing, cancellationToken).ConfigureAwait(false);
            }

            AddRows(context, rows, write, plan.Differing, policy == MergePolicy.IncomingWins);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await ActivityCopy.WriteAsync(context, connection, rows.Activities.Where(a => write.Contains(StoredKind.Key(FactKinds.Activities.Name, a.Id))), cancellationToken).ConfigureAwait(false);
            if (policy != MergePolicy.RefuseConflicts && plan.Differing.Count > 0)
            {
                await CheckTouchedBodiesAsync(context, rows, plan.Differing, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return plan.Result(policy);
        }
        finally
        {
            context.ChangeTracker.Clear();
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Each incoming fact against the stored one with its id, through the document's description of facts.</summary>
    private static Plan Compare(TableRows incoming, TableRows stored, IReadOnlySet<string> lookedUp)
    {
        Dictionary<string, DocumentFact> before = DocumentFacts.Of(stored.ToDocument()).ToDictionary(f => StoredKind.Key(f.Kind, f.Id), StringComparer.Ordinal);
        var plan = new Plan();
        foreach (DocumentFact fact in DocumentFacts.Of(incoming.ToDocument()))
        {
            string key = StoredKind.Key(fact.Kind, fact.Id);
            if (lookedUp.Contains(key))
            {
                continue;
            }

            if (!before.TryGetValue(key, out DocumentFact? old))
            {
                plan.New.Add(key);
                Plan.Count(plan.Added, fact.Kind);
                continue;
            }

            ImportConflict[] differences = [.. DocumentFacts.Differences(old.Content, fact.Content).Select(d => new ImportConflict(fact.Kind, fact.Id, d.Field, d.Stored, d.Incoming))];
            if (differences.Length == 0)
            {
                Plan.Count(plan.Unchanged, fact.Kind);
            }
            else
            {
                plan.Differing.Add(key);
                plan.Conflicts.AddRange(differences);
                Plan.Count(plan.DifferingCounts, fact.Kind);
            }
        }

        return plan;
    }

    /// <summary>
    /// Where a stored fact was replaced or kept over the incoming version, the document was checked with facts that
    /// are not what the database now holds: every body such a fact belongs to is read back inside the transaction and
    /// built by the data set's rules, so a correction cannot leave a body's facts inconsistent (the exception rolls
    /// the import back).
    /// </summary>
    private static async Task CheckTouchedBodiesAsync(DbContext context, TableRows rows, HashSet<string> differing, CancellationToken cancellationToken)
    {
        var bodies = new HashSet<Id<Bodies.AssemblyBody>>();
        foreach (StoredKind kind in StoredKinds.All)
        {
            foreach ((string key, _, Id<Bodies.AssemblyBody>? body) in kind.Keyed(rows.Of(kind)))
            {
                if (body is { } touched && differing.Contains(key))
                {
                    bodies.Add(touched);
                }
            }
        }

        // A person's name changes no rule; a body's people are checked with it anyway.
        foreach (Id<Bodies.AssemblyBody> body in bodies)
        {
            DataSetDbContextExtensions.Build(await StoredRows.WhereAsync(context, RowFilter.OfBody(body), cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Removes the stored versions of replaced facts that nothing refers to (their officials and tallies go
    /// with them); bodies, people and projects, which others refer to, are updated in place instead.</summary>
    private static async Task DeleteReplacedAsync(DbContext context, TableRows rows, HashSet<string> replaced, CancellationToken cancellationToken)
    {
        foreach (StoredKind kind in StoredKinds.All.Where(k => k.ReplacesByDelete))
        {
            await kind.DeleteAsync(context, replaced, rows.Of(kind), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Tracks the rows to write: new facts as inserts, replaced bodies, people and projects as updates, and
    /// the other replaced facts as inserts after their deletion. Activities are left to COPY.</summary>
    private static void AddRows(DbContext context, TableRows rows, HashSet<string> write, HashSet<string> replaced, bool replacing)
    {
        foreach (StoredKind kind in StoredKinds.All.Where(k => !k.WrittenByCopy))
        {
            foreach ((string key, object row, _) in kind.Keyed(rows.Of(kind)))
            {
                if (!write.Contains(key))
                {
                    continue;
                }

                if (!kind.ReplacesByDelete && replacing && replaced.Contains(key))
                {
                    context.Update(row);
                }
                else
                {
                    context.Add(row);
                }
            }
        }
    }

    /// <summary>What the comparison found, kind by kind.</summary>
    private sealed class Plan
    {
        internal HashSet<string> New { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> Differing { get; } = new(StringComparer.Ordinal);

        internal List<ImportConflict> Conflicts { get; } = [];

        internal SortedDictionary<string, int> Added { get; } = new(StringComparer.Ordinal);

        internal SortedDictionary<string, int> Unchanged { get; } = new(StringComparer.Ordinal);

        internal SortedDictionary<string, int> DifferingCounts { get; } = new(StringComparer.Ordinal);

        internal static void Count(SortedDictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;

        internal ImportResult Result(MergePolicy policy)
        {
            ImmutableSortedDictionary<string, int> none = ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal);
            ImmutableSortedDictionary<string, int> differing = DifferingCounts.ToImmutableSortedDictionary(StringComparer.Ordinal);
            return new ImportResult(
                Added.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Unchanged.ToImmutableSortedDictionary(StringComparer.Ordinal),
                policy == MergePolicy.IncomingWins ? differing : none,
                policy == MergePolicy.StoredWins ? differing : none,
                [.. Conflicts]);
        }
    }
}
