using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kz.Assembly.Domain.Reading;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Tests.Reading;

/// <summary>
/// The reports the team wrote for the reader, in Reading/Reports: each <c>name.txt</c> has <c>name.expected</c>
/// beside it, whose first line is <c>published: yyyy-MM-dd</c> and whose other lines are the facts it states, one
/// each, as <see cref="Describe"/> writes them.
/// </summary>
internal static class ReportCorpus
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Reading", "Reports");

    public static string[] Names =>
        [.. Directory.GetFiles(Root, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    public static string Text(string name) => File.ReadAllText(Path.Combine(Root, name + ".txt"));

    public static (LocalDate Published, List<string> Facts) Expected(string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root, name + ".expected"));
        LocalDate published = LocalDatePattern.Iso.Parse(lines[0]["published: ".Length..].Trim()).Value;
        return (published, [.. lines.Skip(1).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.Trim())]);
    }

    /// <summary>A fact without its source: what the expected files list.</summary>
    public static string Describe(ReadFact fact)
    {
        string text = fact.ToString();
        return text[..text.IndexOf(" ← ", StringComparison.Ordinal)];
    }

    /// <summary>The figures a fact states, each a number with what it counts: what precision and recall are over.</summary>
    public static IEnumerable<string> Figures(string description)
    {
        // "summary YTD 2025-04-24: Event 631, CharityAction 49, People ~39000" → three figures with the period.
        if (description.StartsWith("summary ", StringComparison.Ordinal))
        {
            int colon = description.IndexOf(": ", StringComparison.Ordinal);
            string period = description[..colon];
            return description[(colon + 2)..].Split(", ").Select(part => period + " " + part);
        }

        return [description];
    }
}
