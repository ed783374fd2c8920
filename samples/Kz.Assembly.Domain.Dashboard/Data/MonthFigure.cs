using Kz.Assembly.Domain.Metrics;

namespace Kz.Assembly.Domain.Dashboard.Data;

/// <summary>One month of a region's individual activities.</summary>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Activities">How many activities.</param>
/// <param name="PeopleReached">The people they reached, or null when none stated it.</param>
public sealed record MonthFigure(int Month, long Activities, QualifiedCount? PeopleReached);
