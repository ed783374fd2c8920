using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Kz.Assembly.Domain.Analyzers.Tests;

/// <summary>
/// The rules in another Roslyn host: the corpus compiled by the installed .NET SDK's own compiler (a newer Roslyn than
/// the 4.8 the analyzers build against), with the analyzers loaded as in a consumer's build. Its SARIF log must hold
/// exactly the corpus's want markers, as the in-process marker test does on the pinned Roslyn.
/// </summary>
public class SdkHostTests
{
    [Fact]
    public void The_SDK_compiler_reports_exactly_the_wanted_diagnostics()
    {
        string sarif = typeof(SdkHostTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SdkHostSarif").Value!;
        Assert.True(File.Exists(sarif), $"{sarif} is missing: build tests/Kz.Assembly.Domain.Analyzers.SdkHost first.");

        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
        JsonElement run = log.RootElement.GetProperty("runs")[0];
        string compiler = run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString()!;
        Assert.False(compiler.StartsWith("4.8.", StringComparison.Ordinal), $"The SDK's compiler is {compiler}, the analyzers' own pin.");

        var found = new List<string>();
        foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
        {
            string rule = result.GetProperty("ruleId").GetString()!;
            if (!rule.StartsWith("ASM", StringComparison.Ordinal))
            {
                continue;
            }

            JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            string file = Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
            found.Add($"{file}: {rule} line {location.GetProperty("region").GetProperty("startLine").GetInt32()}");
        }

        List<string> wanted = [.. Corpus.FileNames
            .Where(f => Path.GetFileName(f) != "LookAlikes.cs.txt")
            .SelectMany(f => Corpus.Wanted(Corpus.Read(f)).Select(w => $"{Path.GetFileName(f)}: {w}"))];
        Assert.Equal(wanted.Order(StringComparer.Ordinal), found.Distinct().Order(StringComparer.Ordinal));
    }
}
