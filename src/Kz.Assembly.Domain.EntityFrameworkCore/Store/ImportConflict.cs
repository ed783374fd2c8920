namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>One field in which an incoming fact differs from the stored fact with the same id.</summary>
/// <param name="Kind">The kind of fact, as the document's list names it (<c>activities</c>, <c>councilMemberships</c>).</param>
/// <param name="Id">The fact's id.</param>
/// <param name="Field">The field, as the document names it (<c>participants</c>).</param>
/// <param name="Stored">The stored value as JSON (<c>"~300"</c>), or null where the stored fact has none.</param>
/// <param name="Incoming">The incoming value as JSON, or null where the incoming fact has none.</param>
public sealed record ImportConflict(string Kind, string Id, string Field, string? Stored, string? Incoming)
{
    /// <summary>Returns the conflict as one line: <c>activities/a-1: participants stored "~300", incoming "279"</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Kind}/{Id}: {Field} stored {Stored ?? "(none)"}, incoming {Incoming ?? "(none)"}";
}
