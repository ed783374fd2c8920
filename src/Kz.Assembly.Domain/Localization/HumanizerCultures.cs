using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The cultures handed to Humanizer, which picks its converters by culture name. Under
/// <c>InvariantGlobalization=true</c> a predefined culture cannot be created, so a custom culture of the same name
/// is made instead: Humanizer only needs the name, and the OS's culture data is never read.
/// </summary>
internal static class HumanizerCultures
{
    internal static CultureInfo Russian { get; } = Create("ru");

    internal static CultureInfo English { get; } = Create("en");

    private static CultureInfo Create(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: false);
        }
    }
}
