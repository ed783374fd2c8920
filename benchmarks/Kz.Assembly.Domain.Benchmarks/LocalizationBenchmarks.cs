using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Humanizer;
using Kz.Assembly.Domain.Localization;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// Our Kazakh number words against Humanizer's Russian ones (the nearest peer: Humanizer has no Kazakh), and our
/// Roman numeral parser against Humanizer's FromRoman on a Latin numeral both accept. Each category has its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LocalizationBenchmarks
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly long[] Numbers = [34, 631, 2025, 9_000, 39_000, 1_234_567, 9_876_543_210];
    private static readonly string[] Numerals = ["XXVII", "XXXIV", "MCMXCV", "MMXXV", "CDXLIV", "MMMDCCCLXXXVIII"];

    [Benchmark(Baseline = true), BenchmarkCategory("ToWords")]
    public int HumanizerRussianToWords()
    {
        int length = 0;
        foreach (long number in Numbers)
        {
            length += number.ToWords(Humanizer.GrammaticalGender.Masculine, Russian).Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("ToWords")]
    public int KazakhNumberToWords()
    {
        int length = 0;
        foreach (long number in Numbers)
        {
            length += KazakhNumber.ToWords(number).Length;
        }

        return length;
    }

    /// <summary>The same words through the public formatter: the culture name resolved to its profile on every call.</summary>
    [Benchmark, BenchmarkCategory("ToWords")]
    public int NumberWordsKazakhThroughProfile()
    {
        int length = 0;
        foreach (long number in Numbers)
        {
            length += NumberWords.ToWords(number, "kk-KZ").Length;
        }

        return length;
    }

    /// <summary>Humanizer's Russian words through the public formatter, to show what the profile layer costs.</summary>
    [Benchmark, BenchmarkCategory("ToWords")]
    public int NumberWordsRussianThroughProfile()
    {
        int length = 0;
        foreach (long number in Numbers)
        {
            length += NumberWords.ToWords(number, "ru-KZ").Length;
        }

        return length;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ParseRoman")]
    public int HumanizerFromRoman()
    {
        int sum = 0;
        foreach (string numeral in Numerals)
        {
            sum += numeral.FromRoman();
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("ParseRoman")]
    public int RomanNumeralParse()
    {
        int sum = 0;
        foreach (string numeral in Numerals)
        {
            sum += RomanNumeral.Parse(numeral);
        }

        return sum;
    }
}
