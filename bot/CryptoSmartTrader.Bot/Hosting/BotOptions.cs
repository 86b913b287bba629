using System.Net;
using Microsoft.Extensions.Configuration;

namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>Settings of the bot host (section <c>Bot</c> in appsettings.json, or command-line switches).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// The options as configured. The binder appends a configured list to the property's default instead of replacing it, so
    /// the appsettings symbols came out twice and a configured list could never drop a default symbol; a configured list wins.
    /// </summary>
    public static BotOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = section.Get<BotOptions>() ?? new BotOptions();
        var symbols = section.GetSection(nameof(Symbols)).Get<List<string>>();
        if (symbols is not null) options.Symbols = symbols;
        return options;
    }

    public BotMode Mode { get; set; } = BotMode.Paper;

    /// <summary>Address the status page binds to; anything but loopback requires <see cref="ApiToken"/>.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 5080;

    /// <summary>Bearer token for the control endpoints (kill switch, resume). Never logged.</summary>
    public string? ApiToken { get; set; }

    public string DbPath { get; set; } = "data/cst.db";

    /// <summary>Dataset folder for replay; null searches datasets/, then ../shared/datasets.</summary>
    public string? DatasetsPath { get; set; }

    /// <summary>Replayed bars per second of wall time in Replay mode.</summary>
    public double ReplaySpeed { get; set; } = 20;

    public string Exchange { get; set; } = "binance";
    public string Timeframe { get; set; } = "1h";
    public List<string> Symbols { get; set; } = ["BTC/USDT", "ETH/USDT"];
    /// <summary>A strategy package file, a package of the store (<c>promoted</c>, <c>NAME</c>, <c>NAME@vN</c>) or a strategy file.</summary>
    public string? StrategyFile { get; set; }

    /// <summary>The strategy package store (<c>cst strategies</c>) that <c>--strategy promoted|NAME[@vN]</c> reads.</summary>
    public string PackagesPath { get; set; } = CryptoSmartTrader.Trading.Packages.PackageStore.DefaultRoot;

    /// <summary>Model registry folder for <c>model:NAME</c> and <c>promoted</c> strategies (the CLI's default too).</summary>
    public string ModelsPath { get; set; } = "data/models";

    /// <summary>PostgreSQL connection string of cluster mode: Quartz's clustered job store and the bot's shared state (orders,
    /// fills, positions...) with the trading lease; null keeps the embedded, non-clustered SQLite default.</summary>
    public string? ClusterConnectionString { get; set; }

    public string NodeId { get; set; } = "node-1";

    /// <summary>Optional file that gets one line per job run (node, job, scheduled fire time, outcome): an audit trail that
    /// survives a crash and lets operators (and the cluster test) prove no run happened twice.</summary>
    public string? JobLogPath { get; set; }

    public BotSchedules Schedules { get; set; } = new();

    /// <summary>The trading lease of cluster mode (only used with <see cref="ClusterConnectionString"/>).</summary>
    public Cluster.ClusterOptions Cluster { get; set; } = new();

    public bool IsLoopback => BindAddress is "localhost" || (IPAddress.TryParse(BindAddress, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Returns the reasons the settings cannot be used, empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Port is < 0 or > 65535) errors.Add($"Bot:Port must be 0-65535, got {Port}");
        if (!IsLoopback && string.IsNullOrWhiteSpace(ApiToken))
        {
            errors.Add($"Bot:BindAddress {BindAddress} is not loopback; set Bot:ApiToken (or CST_BOT_TOKEN) before exposing the bot");
        }

        if (ApiToken is { Length: > 0 and < 16 }) errors.Add("Bot:ApiToken must be at least 16 characters");
        if (ReplaySpeed <= 0) errors.Add($"Bot:ReplaySpeed must be > 0, got {ReplaySpeed}");
        if (!string.IsNullOrWhiteSpace(ClusterConnectionString)) errors.AddRange(Cluster.Validate());
        if (Symbols.Count == 0) errors.Add("Bot:Symbols must name at least one symbol, e.g. BTC/USDT");
        return errors;
    }
}
