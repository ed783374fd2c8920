using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A date of the data set document as ISO text (<c>"2025-04-24"</c>); the domain's own checks follow when the
/// fact is built.</summary>
internal sealed class IsoDateJsonConverter : TextJsonConverter<LocalDate>
{
    /// <inheritdoc/>
    protected override string Text(LocalDate value) => LocalDatePattern.Iso.Format(value);

    /// <inheritdoc/>
    protected override LocalDate FromText(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } date
            ? date.Value
            : throw new System.FormatException($"'{text}' is not an ISO date (yyyy-MM-dd).");
}
