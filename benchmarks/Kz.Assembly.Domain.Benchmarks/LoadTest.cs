using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Kz.Assembly.Domain.Benchmarks;

/// <summary>
/// A bounded load test of a running dashboard on loopback: a fixed number of requests at a fixed concurrency, then it
/// stops by itself and prints p50/p95/p99, requests a second and errors per path (docs/benchmarks.md records a run).
/// Not a BenchmarkDotNet benchmark: it measures a server in another process, as a client sees it.
/// </summary>
internal static class LoadTest
{
    public const string Argument = "--load-test";

    /// <summary><c>--load-test http://127.0.0.1:5000 [requests per path] [concurrency] [path …]</c></summary>
    public static int Run(string[] args)
    {
        var server = new Uri(args.Length > 1 ? args[1] : "http://127.0.0.1:5000");
        int requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
        int concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
        string[] paths = args.Length > 4 ? args[4..] : ["/?period=2025-Q1&lang=kk", "/api/regions/KZ-61/totals?period=2025-Q1"];
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = server };
        int failed = 0;
        foreach (string path in paths)
        {
            // Warm-up: the first request of a period computes what later ones read.
            client.GetAsync(path).GetAwaiter().GetResult().EnsureSuccessStatusCode();
            var latencies = new double[requests];
            int next = -1, errors = 0;
            var clock = Stopwatch.StartNew();
            Task[] workers = [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    long start = Stopwatch.GetTimestamp();
                    try
                    {
                        using HttpResponseMessage response = await client.GetAsync(path);
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }))];
            Task.WaitAll(workers);
            double seconds = clock.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"load {path}: {requests} requests at {concurrency} concurrent in {seconds:F1} s = {requests / seconds:F0} req/s; p50 {Percentile(latencies, 0.50):F2} ms, p95 {Percentile(latencies, 0.95):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms; errors {errors}"));
            failed += errors;
        }

        return failed == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
