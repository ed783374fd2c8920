using System.Globalization;

namespace Kz.Assembly.Domain.Localization;

/// <summary>
/// The cultures handed to Humanizer, which picks its converters by culture name alone. Under
/// <c>InvariantGlobalization=true</c> no named culture can be created (not even a custom one), so there the library
/// hands Humanizer an invariant culture that only answers to the name: the OS's culture data is never read.
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
            return NamedInvariant(name);
        }
    }

    internal static CultureInfo NamedInvariant(string name) => new NamedInvariantCulture(name);

    /// <summary>The invariant culture's data under another name.</summary>
    private sealed class NamedInvariantCulture(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;

        public override string TwoLetterISOLanguageName => name;
    }
}
