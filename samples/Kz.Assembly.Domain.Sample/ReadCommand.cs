using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Localization;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Sessions;
using Kz.Assembly.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Kz.Assembly.Domain.Sample;

/// <summary><c>read &lt;file&gt; --published yyyy-MM-dd [--language kk|kk-Latn|ru|en] [--json]</c>: reads a news report
/// and prints its facts with their spans, what it could not place, and the report the library writes from the facts
/// in kk, kk-Latn, ru and en; with <c>--json</c>, the reading as JSON instead.</summary>
internal static class ReadCommand
{
    public const string Usage = "usage: read <file> --published yyyy-MM-dd [--language kk|kk-Latn|ru|en] [--json]";

    // Cyrillic as itself, indented: the JSON is for people to read too.
    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args)
    {
        string? file = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        string? published = Option(args, "--published");
        string? language = Option(args, "--language");
        if (file is null || published is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(published);
        if (!date.Success)
        {
            Console.Error.WriteLine($"--published '{published}' is not a date in the form yyyy-MM-dd. {Usage}");
            return 2;
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No file '{file}'. {Usage}");
            return 2;
        }

        ReportReading reading;
        try
        {
            reading = ReportReader.Read(File.ReadAllText(file), date.Value, language);
        }
        catch (ArgumentOutOfRangeException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

        if (Array.IndexOf(args, "--json") >= 0)
        {
            // The reading as a web service would return it: facts with their type, content and span, and the mentions.
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(reading, Json));
            return 0;
        }

        Console.Write(Describe(reading));
        foreach (string culture in new[] { "kk", "kk-Latn", "ru", "en" })
        {
            Console.WriteLine();
            Console.Write(Render(reading.Draft, culture));
        }

        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string Describe(ReportReading reading)
    {
        var text = new StringBuilder();
        text.Append($"Read as {reading.Language}, published {reading.Published:uuuu-MM-dd}: {reading.Facts.Length} facts, {reading.Unplaced.Length} unplaced mentions\n");
        foreach (ReadFact fact in reading.Facts)
        {
            text.Append("  ").Append(fact).Append('\n');
        }

        foreach (Mention mention in reading.Unplaced)
        {
            text.Append("  unplaced: ").Append(mention).Append('\n');
        }

        foreach (DataSetProblem problem in reading.DraftProblems)
        {
            text.Append("  left out of the draft: ").Append(problem).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The draft's facts in one language, every word from the library's localisation.</summary>
    private static string Render(AssemblyDataSet data, string culture)
    {
        var text = new StringBuilder();
        foreach (AssemblyBody body in data.Bodies)
        {
            text.Append(body.Name.In(culture)).Append('\n');
            var projects = data.ProjectsOf(body).Select(p => "«" + p.Name.In(culture) + "»").ToList();
            if (projects.Count > 0)
            {
                text.Append("  ").Append(string.Join(", ", projects)).Append('\n');
            }

            foreach (var period in data.Summaries.Where(s => s.Reporter == body).Select(s => s.Period).Distinct().Order())
            {
                text.Append("  ").Append(ParticipationReport.Render(data, body, period, culture).TrimEnd().Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
            }

            foreach (Session session in data.SessionsOf(body))
            {
                string date = session.Date is { } d ? " (" + DateText.Format(d, culture) + ")" : "";
                text.Append("  ").Append(SessionText.Heading(session, culture)).Append(date).Append('\n');
            }
        }

        foreach (var fact in data.Representation)
        {
            text.Append(DomainText.Format(fact.Chamber, culture)).Append(": ").Append(fact.Members.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var group in data.DeputyGroups)
        {
            text.Append('«').Append(group.Name.In(culture)).Append("»\n");
        }

        return text.ToString();
    }
}
