using Kz.Assembly.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="SessionNumber"/> as its integer (27, not "XXVII", so numbers sort and compare in SQL). Reading
/// goes through <see cref="SessionNumber.Create"/>: a stored 0 fails to load, and a default number fails to store.
/// </summary>
public sealed class SessionNumberConverter : ValueConverter<SessionNumber, int>
{
    /// <summary>Initializes the converter.</summary>
    public SessionNumberConverter()
        : base(number => ToInteger(number), value => SessionNumber.Create(value))
    {
    }

    private static int ToInteger(SessionNumber number) => number.IsDefault
        ? throw new System.ArgumentException("A default SessionNumber cannot be stored: it is not a session number (1..3999).", nameof(number))
        : number.Value;
}
