using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// A PostgreSQL database for one test: uses the server that ./test.sh started (CST_TEST_POSTGRES), or starts a
/// temporary one on loopback from Debian's postgresql package when run outside the script. Each test gets a fresh database.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string? _ownedDir;
    private readonly string _adminConnection;

    private PostgresServer(string adminConnection, string database, string? ownedDir)
    {
        _adminConnection = adminConnection;
        _ownedDir = ownedDir;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database, Pooling = false }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var admin = Environment.GetEnvironmentVariable("CST_TEST_POSTGRES");
        string? owned = null;
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (!File.Exists(Path.Combine(Bin, "pg_ctl")))
            {
                throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}/pg_ctl missing): apt-get install -y postgresql, or run ./test.sh");
            }

            owned = Directory.CreateTempSubdirectory("cst-pg-test-").FullName;
            var port = FreePort();
            var asPostgres = Environment.UserName == "root";
            if (asPostgres) Run("chown", $"postgres {owned}");
            Run(asPostgres ? "runuser" : Path.Combine(Bin, "initdb"), (asPostgres ? $"-u postgres -- {Bin}/initdb " : "") + $"-D {owned}/data -A trust -U postgres");
            Run(asPostgres ? "runuser" : Path.Combine(Bin, "pg_ctl"), (asPostgres ? $"-u postgres -- {Bin}/pg_ctl " : "") +
                $"-D {owned}/data -l {owned}/server.log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {owned}\" start");
            admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        }

        var database = "cst_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {database}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return new PostgresServer(admin, database, owned);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownedDir is null)
        {
            var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_adminConnection);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
            return;
        }

        var asPostgres = Environment.UserName == "root";
        try
        {
            Run(asPostgres ? "runuser" : Path.Combine(Bin, "pg_ctl"), (asPostgres ? $"-u postgres -- {Bin}/pg_ctl " : "") + $"-D {_ownedDir}/data -m fast stop");
        }
        finally
        {
            Directory.Delete(_ownedDir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void Run(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {args} failed ({p.ExitCode}): {err}");
    }
}
