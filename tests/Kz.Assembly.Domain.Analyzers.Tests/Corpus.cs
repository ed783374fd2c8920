using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Kz.Assembly.Domain.Sessions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>The consumer files of Corpus/ (read as text) and a workspace project that references the library, for the
/// tests that run every rule and every fixer over them.</summary>
internal static class Corpus
{
    private static readonly MetadataReference[] References =
    [
        .. Verify<Kz.Assembly.Domain.Analyzers.Rules.ValidRangeAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.PlatformReferences,
        MetadataReference.CreateFromFile(typeof(SessionNumber).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Kz.Assembly.Domain.Samples.TurkistanArticle2025).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location),
    ];

    private static readonly Regex Want = new(@"//\s*want\s+((?:ASM\d{4}\s*)+)", RegexOptions.Compiled);

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every consumer file (Corpus/ and Corpus/Consumers/), for the marker and fixes-compile tests.</summary>
    public static string[] FileNames =>
        [.. Directory.GetFiles(Root, "*.cs.txt", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)];

    /// <summary>The files whose every prefix and one-token deletion the typing test analyses: Corpus/ itself, chosen
    /// for the unusual syntax an editor passes through, so the test stays within a minute.</summary>
    public static string[] TypingFileNames => [.. Directory.GetFiles(Root, "*.cs.txt").Select(Path.GetFileName)!];

    public static string Read(string file) => File.ReadAllText(Path.Combine(Root, file));

    /// <summary>The diagnostics a file's <c>// want ASM0001</c> markers ask for (several ids separated by spaces), as
    /// "ASM0001 line 12", sorted.</summary>
    public static List<string> Wanted(string text)
    {
        var wanted = new List<string>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = Want.Match(lines[i]);
            if (match.Success)
            {
                wanted.AddRange(match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"{id} line {i + 1}"));
            }
        }

        wanted.Sort(StringComparer.Ordinal);
        return wanted;
    }

    /// <summary>An empty project of a new workspace, referencing the runtime, the library and NodaTime.</summary>
    public static Project NewProject(string name) =>
        new AdhocWorkspace().AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References));
}
