using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kz.Assembly.Domain.Samples;
using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Serialization;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// The data set document, written and read with every invariant checked, against System.Text.Json's source-generated
/// serialisation of the plain DTOs of the same shape (the document records themselves), which checks nothing: the
/// baseline is what validation costs on top. Sizes: the article, and 100 000 synthetic activities of the 20 regional
/// assemblies (with their bodies and projects).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private AssemblyDataSet data = AssemblyDataSet.Empty;
    private DataSetDocument document = null!;
    private string json = string.Empty;

    /// <summary>0 for the article's data set; otherwise that many synthetic activities (KZ_BENCH_RECORDS overrides).</summary>
    public static IEnumerable<int> Activities => [0, .. BenchmarkSizes.FromEnvironment([100_000])];

    [ParamsSource(nameof(Activities))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        data = Records == 0 ? Samples.TurkistanArticle2025.DataSet : OneRegion(Records);
        json = JsonSerializer.Serialize(data);
        document = JsonSerializer.Deserialize(json, DataSetJsonContext.Default.DataSetDocument)!;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Write")]
    public string WritePlainDtos() => JsonSerializer.Serialize(document, DataSetJsonContext.Default.DataSetDocument);

    [Benchmark, BenchmarkCategory("Write")]
    public string WriteDataSet() => JsonSerializer.Serialize(data);

    [Benchmark(Baseline = true), BenchmarkCategory("Read")]
    public int ReadPlainDtos() => JsonSerializer.Deserialize(json, DataSetJsonContext.Default.DataSetDocument)!.Activities.Count;

    [Benchmark, BenchmarkCategory("Read")]
    public int ReadDataSetWithValidation() => JsonSerializer.Deserialize<AssemblyDataSet>(json)!.Activities.Length;

    private static AssemblyDataSet OneRegion(int count)
    {
        List<AssemblyActivity> activities = SyntheticNationalData.Activities(count);
        var builder = new AssemblyDataSetBuilder();
        foreach (var body in activities.Select(a => a.Organiser).DistinctBy(b => b.Id))
        {
            builder.Add(body);
        }

        foreach (var project in activities.Where(a => a.Project is not null).Select(a => a.Project!).DistinctBy(p => p.Id))
        {
            builder.Add(project);
        }

        foreach (var activity in activities.DistinctBy(a => a.Id))
        {
            builder.Add(activity);
        }

        return builder.Build();
    }
}
