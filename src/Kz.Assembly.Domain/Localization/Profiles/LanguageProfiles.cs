using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;

namespace Kz.Assembly.Domain.Localization.Profiles;

/// <summary>
/// The registry of languages the library writes: <c>kk</c>, <c>kk-Latn</c>, <c>ru</c> and <c>en</c> built in, more by
/// <see cref="Register"/>. Every formatter resolves its language here, by one rule.
/// </summary>
/// <remarks>
/// The rule: a culture name resolves to the registered profile whose tag is the name or its nearest parent
/// (<c>kk-KZ</c> → <c>kk</c>, <c>kk-Latn-KZ</c> → <c>kk-Latn</c>, <c>ru-KZ</c> → <c>ru</c>); a name with none, the
/// empty name of the invariant culture and null resolve to English, the invariant language. No formatter throws for
/// an unknown culture and none writes another language's text for a known one.
/// </remarks>
public static class LanguageProfiles
{
    private static ImmutableDictionary<string, LanguageProfile> profiles = ImmutableDictionary.Create<string, LanguageProfile>(StringComparer.OrdinalIgnoreCase)
        .Add(KazakhProfile.Instance.Tag, KazakhProfile.Instance)
        .Add(KazakhLatinProfile.Instance.Tag, KazakhLatinProfile.Instance)
        .Add(RussianProfile.Instance.Tag, RussianProfile.Instance)
        .Add(EnglishProfile.Instance.Tag, EnglishProfile.Instance);

    // Culture names already resolved (kk-KZ, ru-RU …), so that a formatter call does not split the name again; a new,
    // empty cache after a registration (a resolution racing with it adds to the old one, which is dropped), and
    // bounded, since names may come from outside.
    private static ConcurrentDictionary<string, LanguageProfile> resolved = new(StringComparer.Ordinal);
    private const int MaxResolved = 256;

    /// <summary>Gets Kazakh in Cyrillic script (<c>kk</c>).</summary>
    public static LanguageProfile Kazakh => KazakhProfile.Instance;

    /// <summary>Gets Kazakh in the Latin alphabet of 2021 (<c>kk-Latn</c>).</summary>
    public static LanguageProfile KazakhLatin => KazakhLatinProfile.Instance;

    /// <summary>Gets Russian (<c>ru</c>).</summary>
    public static LanguageProfile Russian => RussianProfile.Instance;

    /// <summary>Gets English (<c>en</c>), the invariant language.</summary>
    public static LanguageProfile English => EnglishProfile.Instance;

    /// <summary>Gets every registered profile.</summary>
    public static IReadOnlyCollection<LanguageProfile> All => [.. profiles.Values];

    /// <summary>Registers a language, so that its tag and the culture names under it resolve to it.</summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile with the same tag is registered, or the profile's fallback chain
    /// comes back to it.</exception>
    public static void Register(LanguageProfile profile)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        ImmutableDictionary<string, LanguageProfile> before, after;
        do
        {
            before = profiles;
            if (before.ContainsKey(profile.Tag))
            {
                throw new ArgumentException($"A language is already registered as '{profile.Tag}'.", nameof(profile));
            }

            after = before.Add(profile.Tag, profile);
            RequireFallbackChainEnds(profile, after);
        }
        while (Interlocked.CompareExchange(ref profiles, after, before) != before);
        Volatile.Write(ref resolved, new ConcurrentDictionary<string, LanguageProfile>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Writes one concern of the language a culture name resolves to, in its script: the one place the library's
    /// formatters turn a culture name into text, so none can forget <see cref="LanguageProfile.InScript"/> (a forgotten
    /// call wrote Cyrillic for <c>kk-Latn</c>).
    /// </summary>
    internal static string Write<TArg>(string? cultureName, TArg arg, Func<LanguageProfile, TArg, string> concern)
    {
        LanguageProfile language = Resolve(cultureName);
        return language.InScript(concern(language, arg));
    }

    /// <summary>Resolves a culture name by the rule in the remarks; never throws.</summary>
    /// <param name="cultureName">A BCP 47 culture name, or null or empty for the invariant culture.</param>
    /// <returns>The profile.</returns>
    public static LanguageProfile Resolve(string? cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return English;
        }

        ConcurrentDictionary<string, LanguageProfile> cache = Volatile.Read(ref resolved);
        ImmutableDictionary<string, LanguageProfile> registered = Volatile.Read(ref profiles);
        if (registered.TryGetValue(cultureName, out LanguageProfile? exact) || cache.TryGetValue(cultureName, out exact))
        {
            return exact;
        }

        LanguageProfile profile = Resolve(cultureName, registered);
        if (cache.Count < MaxResolved)
        {
            cache.TryAdd(cultureName, profile);
        }

        return profile;
    }

    /// <summary>
    /// Resolves a culture name only when a registered language matches it or one of its parents, so that a caller can
    /// tell «English because the name asked for English» from «English because nothing matched» (a typo such as
    /// <c>kz</c> for <c>kk</c>); never throws.
    /// </summary>
    /// <param name="cultureName">A BCP 47 culture name; null and the empty name (the invariant culture's) ask for
    /// English, as in <see cref="Resolve(string?)"/>, and so match it.</param>
    /// <param name="profile">The matching profile, or null.</param>
    /// <returns>Whether a registered language matches.</returns>
    public static bool TryResolve(string? cultureName, [NotNullWhen(true)] out LanguageProfile? profile)
    {
        profile = string.IsNullOrEmpty(cultureName) ? English : Match(cultureName, Volatile.Read(ref profiles));
        return profile is not null;
    }

    private static LanguageProfile Resolve(string? cultureName, ImmutableDictionary<string, LanguageProfile> registered) =>
        Match(cultureName, registered) ?? English;

    private static LanguageProfile? Match(string? cultureName, ImmutableDictionary<string, LanguageProfile> registered)
    {
        foreach (string candidate in LanguageTag.Candidates(cultureName))
        {
            if (registered.TryGetValue(candidate, out LanguageProfile? profile))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves a format provider by the same rule: a <see cref="CultureInfo"/> by its name, a
    /// <see cref="DomainFormatProvider"/> by its profile; null means the current culture, as everywhere in .NET; any
    /// other provider is invariant (English).
    /// </summary>
    /// <param name="provider">The provider given to a <c>ToString</c> overload or an interpolation, or null.</param>
    /// <returns>The profile.</returns>
    public static LanguageProfile Resolve(IFormatProvider? provider) => provider switch
    {
        DomainFormatProvider domain => domain.Profile,
        CultureInfo culture => Resolve(culture.Name),
        null => Resolve(CultureInfo.CurrentCulture.Name),
        _ => English,
    };

    /// <summary>Walks the fallback chain of a profile about to be registered; it must not come back to a language.</summary>
    private static void RequireFallbackChainEnds(LanguageProfile profile, ImmutableDictionary<string, LanguageProfile> registered)
    {
        var seen = new HashSet<LanguageProfile> { profile };
        for (LanguageProfile current = profile; current.FallbackTag is { } tag;)
        {
            current = Resolve(tag, registered);
            if (!seen.Add(current))
            {
                throw new ArgumentException($"The fallback chain of '{profile.Tag}' comes back to '{current.Tag}': it must end in a language whose text is stored (kk, ru, en).", nameof(profile));
            }
        }
    }
}
