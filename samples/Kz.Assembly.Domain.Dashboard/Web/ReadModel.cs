using Kz.Assembly.Domain.Localization.Profiles;
using Kz.Assembly.Domain.Reading;
using NodaTime;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>The reader's page: the form, and once a text is read, its reading.</summary>
/// <param name="Language">The request's language.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Text">The text pasted, or empty.</param>
/// <param name="Published">The day it was published.</param>
/// <param name="Reading">Its reading, or null before one.</param>
/// <param name="CanSave">Whether the draft can be saved (on PostgreSQL).</param>
/// <param name="Saved">What saving did, or null.</param>
public sealed record ReadModel(LanguageProfile Language, string Title, string Text, LocalDate Published, ReportReading? Reading, bool CanSave, string? Saved = null)
    : PageModel(Language, Title);
