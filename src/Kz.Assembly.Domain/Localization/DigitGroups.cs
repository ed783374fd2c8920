using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>The two ways the built-in languages group digits.</summary>
internal static class DigitGroups
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Kazakh and Russian typography: groups from five digits on, with a no-break space (<c>9000</c>, <c>39 500</c>).</summary>
    internal static string SpaceFromFiveDigits(long value) => value is > -10_000 and < 10_000
        ? value.ToString(CultureInfo.InvariantCulture)
        : value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', NoBreakSpace);

    /// <summary>English: commas from four digits on (<c>9,000</c>).</summary>
    internal static string Commas(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
