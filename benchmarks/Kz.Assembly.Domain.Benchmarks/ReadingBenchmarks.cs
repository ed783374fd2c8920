using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Kz.Assembly.Domain.Reading;
using Kz.Assembly.Domain.Reading.Scanning;
using NodaTime;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// Reading the article, and a megabyte of reports (the article in Kazakh and Russian, copy after copy with the
/// figures changed so each copy states new facts), against the baseline of cutting the same text into tokens: the
/// one pass every reading starts with, so the ratio is what recognising the facts costs on top of it.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly LocalDate Published = new(2025, 4, 24);
    private string text = "";

    /// <summary>Gets or sets the text read: the article alone, or a megabyte of reports.</summary>
    [Params("article", "1 MB")]
    public string Text { get; set; } = "article";

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "reports");
        string kazakh = File.ReadAllText(Path.Combine(folder, "turkistan-2025-kk.txt"));
        string russian = File.ReadAllText(Path.Combine(folder, "turkistan-2025-ru.txt"));
        if (Text == "article")
        {
            text = kazakh;
            return;
        }

        var megabyte = new StringBuilder(1 << 20);
        for (int copy = 1; megabyte.Length < 1 << 20; copy++)
        {
            string figures = Regex.Replace(copy % 2 == 0 ? kazakh : russian, @"\b\d{2,3}\b", m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + copy).ToString(CultureInfo.InvariantCulture));
            megabyte.Append(figures).Append('\n');
        }

        text = megabyte.ToString();
    }

    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Tokenize(text, alphabet: null).Count;

    [Benchmark]
    public int Read() => ReportReader.Read(text, Published).Facts.Length;
}
