using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>Record counts for the data-size parameters, overridable by KZ_BENCH_RECORDS (comma-separated) for short CI runs.</summary>
internal static class BenchmarkSizes
{
    public static IEnumerable<int> FromEnvironment(int[] defaults) =>
        Environment.GetEnvironmentVariable("KZ_BENCH_RECORDS") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))
            : defaults;
}
