namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// Kazakh in the Latin alphabet of 2021 (<c>kk-Latn</c>): Kazakh's grammar, case endings chosen on the sounds, then
/// written by <see cref="KazakhTransliteration.ToLatin"/>, so every Latin form is the Cyrillic one letter for sound.
/// </summary>
internal sealed class KazakhLatinProfile : KazakhProfile
{
    private KazakhLatinProfile()
        : base("kk-Latn", fallbackTag: "kk")
    {
    }

    /// <summary>Gets the profile.</summary>
    internal static new KazakhLatinProfile Instance { get; } = new();

    /// <inheritdoc/>
    public override string InScript(string text) => KazakhTransliteration.ToLatin(text);

    /// <inheritdoc/>
    protected internal override string FromScript(string text) => KazakhTransliteration.ToCyrillic(text);
}
