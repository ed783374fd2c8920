using System;
using System.Collections.Generic;
using System.Linq;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// An import under <see cref="MergePolicy.RefuseConflicts"/> met facts whose ids are stored with other content; the
/// import wrote nothing. <see cref="Conflicts"/> lists every differing field; import again with
/// <see cref="MergePolicy.IncomingWins"/> to correct the stored facts, or fix the document.
/// </summary>
public sealed class ImportConflictException : Exception
{
    /// <summary>Creates the exception for a list of conflicts.</summary>
    /// <param name="conflicts">The conflicts, at least one.</param>
    public ImportConflictException(IReadOnlyList<ImportConflict> conflicts)
        : base(Describe(conflicts)) => Conflicts = conflicts;

    /// <summary>Creates the exception with a message only (no conflicts listed).</summary>
    public ImportConflictException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only (no conflicts listed).</summary>
    /// <param name="message">The message.</param>
    public ImportConflictException(string message)
        : base(message) => Conflicts = [];

    /// <summary>Creates the exception with a message and a cause (no conflicts listed).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException) => Conflicts = [];

    /// <summary>Gets every field in which an incoming fact differs from the stored one.</summary>
    public IReadOnlyList<ImportConflict> Conflicts { get; }

    private static string Describe(IReadOnlyList<ImportConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        int facts = conflicts.Select(c => (c.Kind, c.Id)).Distinct().Count();
        return $"The import was refused and wrote nothing: {facts} fact(s) are stored with other content ({conflicts.Count} field(s)). "
            + "Import with MergePolicy.IncomingWins to correct them, or MergePolicy.StoredWins to keep them.\n"
            + string.Join("\n", conflicts.Take(50).Select(c => "- " + c))
            + (conflicts.Count > 50 ? $"\n… and {conflicts.Count - 50} more" : string.Empty);
    }
}
