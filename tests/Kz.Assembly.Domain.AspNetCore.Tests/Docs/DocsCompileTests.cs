using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Docs;

/// <summary>
/// Every C# block of README.md and docs/*.md is code a newcomer pastes: each compiles on its own, with its own
/// usings, against the three packages (this project references them all), in a project as <c>dotnet new console</c>
/// makes it (its implicit usings, nothing more). A block with statements is a program; one with only types, a library.
/// </summary>
public class DocsCompileTests
{
    // What `dotnet new console` puts in scope without a using (the SDK's implicit usings for Microsoft.NET.Sdk).
    private const string ConsoleImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        // The runtime's and ASP.NET Core's shared frameworks, then the packages beside this test (one file per name).
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.First());
        return [.. paths.Select(path => MetadataReference.CreateFromFile(path))];
    });

    public static TheoryData<string> Blocks()
    {
        var blocks = new TheoryData<string>();
        foreach (string file in MarkdownFiles())
        {
            int count = CSharpBlocks(file).Count;
            for (int i = 0; i < count; i++)
            {
                blocks.Add($"{file}#{i + 1}");
            }
        }

        return blocks;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles_as_pasted(string block)
    {
        string file = block[..block.LastIndexOf('#')];
        string code = CSharpBlocks(file)[int.Parse(block[(block.LastIndexOf('#') + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1];
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: block);
        bool program = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Snippet",
            [tree, CSharpSyntaxTree.ParseText(ConsoleImplicitUsings)],
            References.Value,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{block} does not compile:\n{string.Join("\n", errors)}\n\n{code}");
    }

    [Fact]
    public void The_docs_hold_C_sharp_blocks_to_check()
    {
        Assert.Contains("README.md", MarkdownFiles());
        Assert.True(Blocks().Count >= 10, $"only {Blocks().Count} blocks were found");
    }

    private static string[] MarkdownFiles() =>
        ["README.md", .. Directory.GetFiles(Path.Combine(Root(), "docs"), "*.md").Select(path => Path.GetRelativePath(Root(), path)).Order(StringComparer.Ordinal)];

    private static List<string> CSharpBlocks(string file) =>
        [.. Regex.Matches(File.ReadAllText(Path.Combine(Root(), file)), "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assembly.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Assembly.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
