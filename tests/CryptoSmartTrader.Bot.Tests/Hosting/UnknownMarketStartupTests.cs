using CryptoSmartTrader.Bot.Tests.Cluster;

namespace CryptoSmartTrader.Bot.Tests.Hosting;

/// <summary>
/// Issue 19: an exchange or symbol nothing knows stops start-up of the real bot process with one line naming the input
/// and what was expected (exit code 2, no stack trace). A known symbol whose candles are not here yet still starts
/// (<c>ReplayEngineTests.Without_any_data_the_bot_starts_and_says_what_is_missing</c>).
/// </summary>
public sealed class UnknownMarketStartupTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-unknown-market-").FullName;

    private string[] Args(params string[] extra) =>
        ["--mode", "replay", "--port", "0", "--job-store", "memory", "--db", Path.Combine(_dir, "cst.db"), "--datasets", Path.Combine(_dir, "datasets"), .. extra];

    private static string Refusal(int exitCode, string stderr)
    {
        Assert.Equal(2, exitCode);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // no stack trace for an expected failure
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        var problems = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        return Assert.Single(problems); // "cst-bot: bot configuration is invalid:" then one line per problem
    }

    [Fact]
    public async Task An_unknown_exchange_stops_start_up_naming_it_and_the_known_venues()
    {
        var (code, _, stderr) = await BotProcess.RunToExitAsync(TimeSpan.FromMinutes(2), Args("--exchange", "binanse"));

        var line = Refusal(code, stderr);
        Assert.Contains("exchange 'binanse' is unknown (expected one of kraken, binance, kucoin, htx", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "cst.db")), "a refused start created the store");
    }

    [Fact]
    public async Task An_unknown_symbol_stops_start_up_naming_it_and_where_symbols_are_expected()
    {
        var strategy = Path.Combine(_dir, "strategy.json");
        File.WriteAllText(strategy, """{ "symbols": ["BTC/USDT", "BTC/USTD"] }""");

        var (code, _, stderr) = await BotProcess.RunToExitAsync(TimeSpan.FromMinutes(2), Args("--strategy", strategy));

        var line = Refusal(code, stderr);
        Assert.Contains($"strategy file {strategy}: symbol BTC/USTD is unknown on binance", line, StringComparison.Ordinal);
        Assert.Contains("datasets/manifest.json", line, StringComparison.Ordinal);
        Assert.Contains("e.g. ", line, StringComparison.Ordinal); // names symbols that would work
        Assert.DoesNotContain("BTC/USDT is unknown", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "cst.db")), "a refused start created the store");
    }

    [Fact]
    public async Task A_live_mode_exchange_without_an_adapter_stops_start_up()
    {
        var (code, _, stderr) = await BotProcess.RunToExitAsync(TimeSpan.FromMinutes(2), [.. Args("--exchange", "bitstamp"), "--mode", "live"]);

        Assert.Contains("exchange 'bitstamp' has no trading adapter, so LIVE mode cannot trade on it", Refusal(code, stderr), StringComparison.Ordinal);
    }
}
