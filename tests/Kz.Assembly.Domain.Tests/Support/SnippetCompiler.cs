using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kz.Assembly.Domain.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kz.Assembly.Domain.Tests.Support;

/// <summary>Compiles the C# blocks of the repository's Markdown against the library, so documented code cannot rot.</summary>
internal static class SnippetCompiler
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assembly.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assembly.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> CSharpBlocks(string relativePath) =>
        Regex.Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath)), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>The running .NET runtime's assemblies, which in-memory compilations reference.</summary>
    public static IEnumerable<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));

    public static IEnumerable<Diagnostic> Errors(string program, params string[] helpers)
    {
        var references = PlatformReferences()
            .Append(MetadataReference.CreateFromFile(typeof(Kz.Assembly.Domain.Sessions.SessionNumber).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(TurkistanArticle2025).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(program), .. helpers.Select(h => CSharpSyntaxTree.ParseText(h))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
    }
}
