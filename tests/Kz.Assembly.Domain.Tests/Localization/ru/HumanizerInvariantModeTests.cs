using Humanizer;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Tests.Localization.Ru;

/// <summary>
/// Under InvariantGlobalization=true no "ru" culture can be created, so the library hands Humanizer an invariant
/// culture that only answers to the name (the sample app runs that way). Humanizer must still pick its Russian converter.
/// </summary>
public class HumanizerInvariantModeTests
{
    [Fact]
    public void A_named_invariant_culture_still_selects_Humanizers_Russian_words()
    {
        var culture = HumanizerCultures.NamedInvariant("ru");
        Assert.Equal("ru", culture.Name);
        Assert.Equal("шестьсот тридцать одно", 631L.ToWords(Humanizer.GrammaticalGender.Neuter, culture));
    }
}
