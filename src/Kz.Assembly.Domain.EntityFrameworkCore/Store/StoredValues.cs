using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Store;

/// <summary>The values the rows store in several columns, as the document holds them: a text in three languages, a
/// place, a qualified count. A row's own conversions (<c>From</c>, <c>ToDocument</c>, in its file) use them.</summary>
internal static class StoredValues
{
    internal static TextDocument Text(string kk, string ru, string en) => new(kk, ru, en);

    internal static TextDocument? OptionalText(string? kk, string? ru, string? en) =>
        kk is null && ru is null && en is null ? null : new(kk!, ru!, en!);

    internal static PlaceDocument Place(Region region, PlaceKind kind, string? kk, string? ru, string? en) =>
        new(region, kind, OptionalText(kk, ru, en));

    internal static QualifiedCount? Count(long? value, CountQualifier? qualifier) => value switch
    {
        null when qualifier is null => null,
        { } known when qualifier is { } q => QualifiedCount.Create(known, q),
        _ => throw new System.ArgumentException($"A count of {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} with qualifier {qualifier?.ToString() ?? "null"}: both or neither must be stored."),
    };
}
