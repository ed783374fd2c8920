using System.Collections.Generic;
using Kz.Assembly.Domain.Localization.Profiles;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>What every page knows: the request's language and its title; errors when a value was refused.</summary>
/// <param name="Language">The request's language.</param>
/// <param name="Title">The page's title.</param>
public record PageModel(LanguageProfile Language, string Title)
{
    /// <summary>Gets the reasons values in the request were refused (shown on the page, which answers 400).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>A chrome word in the page's language.</summary>
    /// <param name="key">The word's key.</param>
    /// <returns>The word.</returns>
    public string Label(string key) => Labels.Of(key, Language);
}
