using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kz.Assembly.Domain.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>The README's code example is the first thing a user copies: it must compile against the library.</summary>
public class ReadmeExampleTests
{
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assembly.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assembly.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_README_example_compiles()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        string example = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("TurkistanArticle2025", example, StringComparison.Ordinal);

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(TurkistanArticle2025).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(example)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
