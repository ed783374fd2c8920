using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Kz.Assembly.Domain.Dashboard.Web;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: works with scripts off and under a CSP without inline script.
/// Every label is HTML-encoded; the chart carries a title for screen readers and the figures as text.
/// </summary>
public static class SvgChart
{
    /// <summary>Draws one bar per item.</summary>
    /// <param name="title">The chart's accessible title.</param>
    /// <param name="bars">Each bar's label, value, and the value as the library writes it.</param>
    /// <returns>The SVG element.</returns>
    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, long Value, string Text)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int RowHeight = 26, LabelWidth = 260, BarWidth = 360, TextWidth = 140;
        long max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        HtmlEncoder html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        int height = Math.Max(RowHeight, bars.Count * RowHeight);
        string id = "chart-" + Math.Abs(title.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}\" width=\"{LabelWidth + BarWidth + TextWidth}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + TextWidth} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{html.Encode(title)}</title>");
        for (int i = 0; i < bars.Count; i++)
        {
            (string label, long value, string text) = bars[i];
            int y = i * RowHeight;
            int width = (int)Math.Round((double)value / max * BarWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\">{html.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"18\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 17}\">{html.Encode(text)}</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
