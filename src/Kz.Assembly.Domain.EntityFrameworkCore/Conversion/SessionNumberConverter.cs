using Kz.Assembly.Domain.Sessions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a <see cref="SessionNumber"/> as its integer (27, not "XXVII", so numbers sort and compare in SQL). Reading
/// goes through <see cref="SessionNumber.Create"/>: a stored 0 fails to load.
/// </summary>
public sealed class SessionNumberConverter : ValueConverter<SessionNumber, int>
{
    /// <summary>Initializes the converter.</summary>
    public SessionNumberConverter()
        : base(number => number.Value, value => SessionNumber.Create(value))
    {
    }
}
