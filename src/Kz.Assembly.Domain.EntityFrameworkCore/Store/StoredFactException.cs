using System;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// A row the library's rules refuse (a name given in two languages of three, a period whose days are not its kind, a
/// dangling id, facts that do not hold together): loading fails, naming the table, the row and the rule, rather than
/// produce an invalid data set. Values a converter refuses (session 0, an unknown region) fail inside EF Core with
/// the converter's message as the inner exception.
/// </summary>
public sealed class StoredFactException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="table">The table, or null for the data set as a whole.</param>
    /// <param name="rowId">The row's id, or null.</param>
    /// <param name="cause">The rule the row broke.</param>
    public StoredFactException(string? table, string? rowId, Exception cause)
        : base(Describe(table, rowId, cause), cause)
    {
        Table = table;
        RowId = rowId;
    }

    /// <summary>Gets the table of the refused row, or null when the facts as a whole do not hold together.</summary>
    public string? Table { get; }

    /// <summary>Gets the refused row's id, or null.</summary>
    public string? RowId { get; }

    private static string Describe(string? table, string? rowId, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return table is null ? $"The stored facts do not hold together: {cause.Message}" : $"{table} row '{rowId}': {cause.Message}";
    }
}
