using System;
using Kz.Assembly.Domain.Sessions;

namespace Kz.Assembly.Domain.Serialization;

/// <summary>A session number as its Roman numeral (<c>"XXVII"</c>); reads numerals in any script, digits and JSON numbers.</summary>
internal sealed class SessionNumberJsonConverter : TextJsonConverter<SessionNumber>
{
    /// <inheritdoc/>
    protected override bool AcceptsNumbers => true;

    /// <inheritdoc/>
    protected override string Text(SessionNumber value) =>
        value.IsDefault ? throw new ArgumentException("default(SessionNumber) is not a session number and cannot be written: sessions are numbered 1..3999.") : value.ToString();

    /// <inheritdoc/>
    protected override SessionNumber FromText(string text) => SessionNumber.Parse(text);

    /// <inheritdoc/>
    protected override SessionNumber FromNumber(long number) =>
        number is >= SessionNumber.MinValue and <= SessionNumber.MaxValue
            ? SessionNumber.Create((int)number)
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"Session number {number} is out of range: sessions are numbered {SessionNumber.MinValue}..{SessionNumber.MaxValue}.");
}
