using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Npgsql;

namespace Kz.Assembly.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster for one test run, started from the installed binaries: <c>initdb</c> into a
/// temporary folder, <c>pg_ctl start</c> on a free port on 127.0.0.1 (no other address), stopped and deleted at the
/// end. Debian keeps the binaries in /usr/lib/postgresql/N/bin, off the PATH; both places are searched. PostgreSQL
/// refuses to run as root, so under root (CI) the server runs as the <c>postgres</c> user Debian's package creates.
/// Without the binaries the tests skip with a message, except under CI=true, where that is a failure.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string Install = "install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) to run the database tests";
    private readonly string? folder;
    private readonly string? binaries;
    private readonly bool asPostgresUser;
    private int databases;
    private int disposed;

    public PostgresCluster()
    {
        binaries = FindBinaries();
        if (binaries is null)
        {
            Unavailable = $"PostgreSQL's initdb was not found on the PATH nor in /usr/lib/postgresql/*/bin: {Install}.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException("CI=true and " + Unavailable);
            }

            return;
        }

        asPostgresUser = Environment.UserName == "root";
        folder = Path.Combine(Path.GetTempPath(), "kz-assembly-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (asPostgresUser)
        {
            Run("chown", $"postgres \"{folder}\"", asUser: false);
        }

        Port = FreePort();
        string data = Path.Combine(folder, "data");
        Run(Path.Combine(binaries, "initdb"), $"-D \"{data}\" -U postgres -A trust -E UTF8 --locale=C --no-sync", asPostgresUser);

        // Durability is not wanted from a cluster deleted after the run: fsync off makes it several times faster.
        // JIT off: PostgreSQL's JIT spends 1-3 s compiling each aggregation anew, more than it saves on them.
        string options = $"-h 127.0.0.1 -p {Port} -k '{folder}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c jit=off";
        Run(Path.Combine(binaries, "pg_ctl"), $"-D \"{data}\" -l \"{Path.Combine(folder, "server.log")}\" -w -t 60 -o \"{options}\" start", asPostgresUser);

        // A run that ends without disposing its fixtures (a benchmark's failed setup) still stops and deletes it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    /// <summary>Gets why the cluster could not start (the tests skip with it), or null when it runs.</summary>
    public string? Unavailable { get; }

    /// <summary>Gets the port it listens on.</summary>
    public int Port { get; }

    /// <summary>Creates an empty database of its own for a test and returns its connection string.</summary>
    public string CreateDatabase()
    {
        string name = "test_" + Interlocked.Increment(ref databases);
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        if (folder is null || binaries is null || Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            Run(Path.Combine(binaries, "pg_ctl"), $"-D \"{Path.Combine(folder, "data")}\" -m immediate -w stop", asPostgresUser);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    private static string? FindBinaries()
    {
        string? onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out int major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string arguments, bool asUser)
    {
        var start = asUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{program}\" {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {arguments} exited with {process.ExitCode}:\n{output}");
        }
    }
}
