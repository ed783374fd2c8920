using Kz.Assembly.Domain.Activities;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores an <see cref="ActivityKindSet"/> as its invariant text (<c>Event+CharityAction</c>): readable in SQL, and
/// one value per joint reach, so the database groups by it. Reading goes through <see cref="ActivityKindSet.Parse"/>.
/// </summary>
public sealed class ActivityKindSetConverter : ValueConverter<ActivityKindSet, string>
{
    /// <summary>Initializes the converter.</summary>
    public ActivityKindSetConverter()
        : base(set => set.ToString(), text => ActivityKindSet.Parse(text))
    {
    }
}
