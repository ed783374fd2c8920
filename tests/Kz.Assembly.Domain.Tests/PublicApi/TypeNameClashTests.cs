using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>
/// No public type of the library shares its name with a type in a namespace every app imports (System,
/// System.Collections.Generic, System.Diagnostics, System.Linq, System.Threading.Tasks, System.Net.Http and every
/// Microsoft.Extensions.* namespace of the ASP.NET Core shared framework). <c>Activity</c> once collided with
/// <see cref="System.Diagnostics.Activity"/>: a consumer that added <c>using System.Diagnostics;</c> got 30+ CS0104 errors.
/// </summary>
public class TypeNameClashTests
{
    private static readonly string[] CommonNamespaces =
        ["System", "System.Collections.Generic", "System.Diagnostics", "System.Linq", "System.Threading.Tasks", "System.Net.Http"];

    /// <summary>The runtime's assemblies plus the ASP.NET Core shared framework beside it, where Microsoft.Extensions.* live.</summary>
    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();
        string version = new DirectoryInfo(runtime).Name;
        string aspNet = Path.GetFullPath(Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App", version));
        IEnumerable<string> aspNetAssemblies = Directory.Exists(aspNet) ? Directory.GetFiles(aspNet, "*.dll") : [];
        return SnippetCompiler.PlatformReferences().Concat(aspNetAssemblies.Select(path => MetadataReference.CreateFromFile(path)));
    }

    private static IEnumerable<INamespaceSymbol> Namespaces(INamespaceSymbol root)
    {
        foreach (INamespaceSymbol child in root.GetNamespaceMembers())
        {
            yield return child;
            foreach (INamespaceSymbol nested in Namespaces(child))
            {
                yield return nested;
            }
        }
    }

    private static string Display(INamedTypeSymbol type) =>
        type.Arity == 0 ? type.Name : $"{type.Name}<{new string(',', type.Arity - 1)}>";

    [Fact]
    public void A_consumer_importing_the_common_namespaces_and_every_library_namespace_sees_no_ambiguity()
    {
        var library = MetadataReference.CreateFromFile(typeof(AssemblyDataSet).Assembly.Location);
        var references = FrameworkReferences().Append(library).ToList();
        CSharpCompilation probe = CSharpCompilation.Create("Probe", [], references);
        IAssemblySymbol librarySymbol = (IAssemblySymbol)probe.GetAssemblyOrModuleSymbol(library)!;

        var libraryNamespaces = Namespaces(librarySymbol.GlobalNamespace)
            .Where(ns => ns.GetTypeMembers().Any(t => t.DeclaredAccessibility == Accessibility.Public))
            .Select(ns => ns.ToDisplayString())
            .ToList();
        var extensionNamespaces = Namespaces(probe.GlobalNamespace)
            .Select(ns => ns.ToDisplayString())
            .Where(name => name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(libraryNamespaces);

        var publicTypes = Namespaces(librarySymbol.GlobalNamespace)
            .SelectMany(ns => ns.GetTypeMembers())
            .Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .ToList();
        string usings = string.Join("\n", CommonNamespaces.Concat(extensionNamespaces).Concat(libraryNamespaces).Distinct().Select(ns => $"using {ns};"));
        string uses = string.Join("\n", publicTypes.Select(t => $"        _ = typeof({Display(t)});"));
        string consumer = $$"""
            {{usings}}

            public static class Consumer
            {
                public static void Use()
                {
            {{uses}}
                }
            }
            """;

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(consumer)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
        Assert.Contains(extensionNamespaces, ns => ns == "Microsoft.Extensions.DependencyInjection");
    }
}
