using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using Kz.Assembly.Domain.Reading;
using Microsoft.AspNetCore.Html;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>
/// A pasted report shown back with the reader's facts and mentions marked by their spans. The report is user input:
/// every piece of it is HTML-encoded, and the marks are the only markup added.
/// </summary>
public static class Highlighter
{
    /// <summary>Marks the facts' and the unplaced mentions' spans in the text.</summary>
    /// <param name="reading">The reading of the text.</param>
    /// <param name="text">The text that was read.</param>
    /// <returns>The text as HTML.</returns>
    public static IHtmlContent Mark(ReportReading reading, string text)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End, string Class, string Title)>();
        spans.AddRange(reading.Facts.Select(f => (f.Source.Start, f.Source.End, "fact", f.ToString())));
        spans.AddRange(reading.Unplaced.Select(m => (m.Source.Start, m.Source.End, "unplaced", m.Reason)));

        var html = new StringBuilder();
        int at = 0;
        foreach (var span in spans.Where(s => s.End <= text.Length && s.Start >= 0).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (span.Start < at)
            {
                // Overlapping spans: the first one wins, so the marks stay well nested.
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(text[at..span.Start]));
            html.Append("<mark class=\"").Append(span.Class).Append("\" title=\"").Append(HtmlEncoder.Default.Encode(span.Title)).Append("\">");
            html.Append(HtmlEncoder.Default.Encode(text[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }

        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }
}
