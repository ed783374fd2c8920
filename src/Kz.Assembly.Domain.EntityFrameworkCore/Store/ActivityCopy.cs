using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>
/// Writes activity rows with PostgreSQL's binary <c>COPY</c>: one stream instead of a statement per row, for the one
/// table that grows to millions of rows. Table and column names come from the context's model, so a context that
/// maps the tables elsewhere (another schema) is followed.
/// </summary>
internal static class ActivityCopy
{
    internal static async Task WriteAsync(DbContext context, NpgsqlConnection connection, IEnumerable<ActivityRow> rows, CancellationToken cancellationToken)
    {
        IEntityType entity = context.Model.FindEntityType(typeof(ActivityRow))
            ?? throw new InvalidOperationException("The context does not map ActivityRow: call modelBuilder.MapAssemblyDomain().");
        StoreObjectIdentifier table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => entity.FindProperty(property)!.GetColumnName(table)!;
        string[] columns =
        [
            Column(nameof(ActivityRow.Id)), Column(nameof(ActivityRow.OrganiserId)), Column(nameof(ActivityRow.Kind)),
            Column(nameof(ActivityRow.Date)), Column(nameof(ActivityRow.Region)), Column(nameof(ActivityRow.PlaceKind)),
            Column(nameof(ActivityRow.PlaceNameKk)), Column(nameof(ActivityRow.PlaceNameRu)), Column(nameof(ActivityRow.PlaceNameEn)),
            Column(nameof(ActivityRow.Participants)), Column(nameof(ActivityRow.ParticipantsQualifier)), Column(nameof(ActivityRow.ProjectId)),
        ];
        string name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        string copy = $"COPY {name} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

        await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);

        // The context's command timeout holds for the whole copy too (millions of rows take longer than 30 s).
        if (context.Database.GetCommandTimeout() is { } seconds)
        {
            importer.Timeout = TimeSpan.FromSeconds(seconds);
        }

        foreach (ActivityRow row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.Id.Value!, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.OrganiserId.Value!, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync((int)row.Kind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(new DateOnly(row.Date.Year, row.Date.Month, row.Date.Day), NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.Region.Code, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync((int)row.PlaceKind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, row.PlaceNameKk, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, row.PlaceNameRu, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, row.PlaceNameEn, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, row.Participants, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, (int?)row.ParticipantsQualifier, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await WriteOrNull(importer, row.ProjectId?.Value, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteOrNull<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
