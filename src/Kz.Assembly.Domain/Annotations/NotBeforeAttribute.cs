using System;

namespace Kz.Assembly.Domain.Annotations;

/// <summary>
/// Declares the earliest date a date parameter accepts (the APK's founding, 1995-03-01, for most domain dates). The
/// package's analyzers report constant dates before it (ASM0005).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotBeforeAttribute : Attribute
{
    /// <summary>Declares the earliest accepted date.</summary>
    /// <param name="year">Its year.</param>
    /// <param name="month">Its month.</param>
    /// <param name="day">Its day.</param>
    public NotBeforeAttribute(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year of the earliest accepted date.</summary>
    public int Year { get; }

    /// <summary>Gets the month of the earliest accepted date.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the earliest accepted date.</summary>
    public int Day { get; }
}
