using System.Linq;
using Kz.Assembly.Domain.AspNetCore.Languages;
using Kz.Assembly.Domain.Localization.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace Kz.Assembly.Domain.Dashboard.Controllers;

/// <summary>What the pages share: the request's language and how a refused value is shown (on the page, with 400).</summary>
public abstract class PageController : Controller
{
    /// <summary>Gets the request's language.</summary>
    protected LanguageProfile Language => HttpContext.AssemblyLanguage();

    /// <summary>The reasons the binders gave for refused values, marking the response 400.</summary>
    /// <returns>The reasons, empty when every value bound.</returns>
    protected string[] RefusedValues()
    {
        if (ModelState.IsValid)
        {
            return [];
        }

        Response.StatusCode = 400;
        return [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
    }
}
