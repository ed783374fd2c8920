using System.Text.Json;
using Kz.Assembly.Domain.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="LocalizedText"/> of an application's own entity as a <c>jsonb</c> document
/// <c>{"kk": …, "ru": …, "en": …}</c>, read back through the core's JSON converter and so through
/// <see cref="LocalizedText.Create"/>. The library's own tables keep the three languages in three columns instead.
/// </summary>
public sealed class LocalizedTextConverter : ValueConverter<LocalizedText, string>
{
    /// <summary>Initializes the converter.</summary>
    public LocalizedTextConverter()
        : base(text => JsonSerializer.Serialize(text, (JsonSerializerOptions?)null), json => JsonSerializer.Deserialize<LocalizedText>(json, (JsonSerializerOptions?)null)!)
    {
    }
}
