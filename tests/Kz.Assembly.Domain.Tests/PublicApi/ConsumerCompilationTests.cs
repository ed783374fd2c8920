using System;
using System.IO;
using System.Linq;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kz.Assembly.Domain.Tests.PublicApi;

/// <summary>
/// The package's root namespace is <c>Kz.Assembly.Domain</c>, not <c>Assembly.Domain</c>: a global namespace named
/// <c>Assembly</c> would hide <see cref="System.Reflection.Assembly"/> in every consumer (CS0234). These tests compile
/// consumer code in memory against the real library, and against a stand-in with the rejected namespace.
/// </summary>
public class ConsumerCompilationTests
{
    private const string Consumer = """
        using System.Reflection;
        using Kz.Assembly.Domain.Samples;
        using Kz.Assembly.Domain.Sessions;

        namespace Consumer;

        public static class Program
        {
            public static string Run()
            {
                Assembly self = Assembly.GetExecutingAssembly();
                SessionNumber number = SessionNumber.Create(34);
                return self.GetName().Name + " " + number + " " + TurkistanArticle2025.Apk.Name.English;
            }
        }
        """;

    private static CSharpCompilation Compile(string source, params MetadataReference[] extra) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source)],
            SnippetCompiler.PlatformReferences().Concat(extra),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void A_consumer_using_System_Reflection_Assembly_compiles_against_the_library()
    {
        var library = MetadataReference.CreateFromFile(typeof(AssemblyDataSet).Assembly.Location);
        var samples = MetadataReference.CreateFromFile(typeof(TurkistanArticle2025).Assembly.Location);
        var errors = Compile(Consumer, library, samples).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void A_global_Assembly_namespace_would_have_broken_that_consumer()
    {
        // The rejected design: a library whose root namespace is Assembly.Domain.
        CSharpCompilation standIn = Compile("namespace Assembly.Domain { public class Marker { } }");
        using var image = new MemoryStream();
        Assert.True(standIn.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        string consumer = """
            using System.Reflection;
            using Assembly.Domain;
            public static class Program
            {
                public static object Run() => Assembly.GetExecutingAssembly();
            }
            """;
        var errors = Compile(consumer, reference).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id);
        Assert.Contains("CS0234", errors);
    }

    [Fact]
    public void No_public_type_is_named_Assembly_and_every_one_lives_under_the_package_namespace()
    {
        Type[] types = typeof(AssemblyDataSet).Assembly.GetExportedTypes();
        Assert.DoesNotContain(types, t => t.Name == "Assembly");
        Assert.All(types, t => Assert.StartsWith("Kz.Assembly.Domain", t.Namespace, StringComparison.Ordinal));
    }
}
