using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Trading.Packages;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>The bot runs strategy packages (a file, or promoted/NAME[@vN] of the store); a bad one stops start-up naming the field.</summary>
public sealed class PackageStartupTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-bot-pkg-").FullName;

    private string Package(string json)
    {
        var path = Path.Combine(_dir, "package.json");
        File.WriteAllText(path, json);
        return path;
    }

    private BotConfigurationException Refused(params string[] args) =>
        Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--port", "0", "--job-store", "memory", "--db", Path.Combine(_dir, "cst.db"), .. args]));

    [Fact]
    public void A_misspelled_key_stops_start_up_naming_it_and_the_nearest_valid_one()
    {
        var path = Package("""{ "schemaVersion": 1, "universe": { "symbols": ["BTC/USDT"] }, "account": { "initalCash": 5000 } }""");
        var ex = Refused("--strategy", path);
        Assert.Contains("initalCash", ex.Message, StringComparison.Ordinal);
        Assert.Contains("initialCash", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_of_another_schema_version_stops_start_up_naming_the_field()
    {
        var ex = Refused("--strategy", Package("""{ "schemaVersion": 99, "universe": { "symbols": ["BTC/USDT"] } }"""));
        Assert.Contains("schemaVersion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_exchange_in_a_package_stops_start_up()
    {
        var ex = Refused("--strategy", Package("""{ "schemaVersion": 1, "universe": { "exchange": "nosuchex", "symbols": ["BTC/USDT"] }, "venue": { "makerFee": 0.001, "takerFee": 0.001 } }"""));
        Assert.Contains("universe.exchange", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Promoted_with_nothing_promoted_stops_start_up_saying_how_to_promote()
    {
        var ex = Refused("--strategy", "promoted", "--packages", Path.Combine(_dir, "store"));
        Assert.Contains("no package is promoted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promoted_runs_the_promoted_package_of_the_store()
    {
        var data = new ReplayDataset(200);
        var package = new StrategyPackage { Name = "fast-cross" };
        package.Universe.Symbols.AddRange(["BTC/USDT", "ETH/USDT"]);
        package.Alpha.Sma.Fast = 3;
        package.Alpha.Sma.Slow = 8;
        package.Execution.StopLossPercent = 2;
        var store = new PackageStore(Path.Combine(_dir, "store"), TimeProvider.System);
        Assert.True(store.Add(package).Ok);
        Assert.True(store.Promote("fast-cross").Ok);

        await using var bot = await RunningBot.StartAsync([.. data.Args("Replay", 5000), "--strategy", "promoted", "--packages", store.Root]);
        var runtime = bot.Services.GetRequiredService<BotRuntime>();
        await Waiting.For(() => runtime.Run is not null, "the bot never started its run");
        Assert.Equal("fast-cross", runtime.Run!.Strategy.Package.Name);
        Assert.Equal(2, runtime.Run.Strategy.Package.Execution.StopLossPercent);
    }

    [Fact]
    public void A_replay_window_outside_replay_mode_is_refused_by_name()
    {
        var ex = Refused("--mode", "paper", "--from", "2024-01-01", "--until", "2024-02-01");
        Assert.Contains("--from/--until/--out: a replay window needs --mode replay", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_window_that_ends_before_it_starts_is_refused_by_name()
    {
        var ex = Refused("--mode", "replay", "--from", "2024-02-01", "--until", "2024-01-01");
        Assert.Contains("--until: 2024-01-01 is not after --from 2024-02-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_window_date_that_is_not_a_date_is_refused_by_name()
    {
        var ex = Refused("--mode", "replay", "--from", "yesterday", "--until", "2024-01-01");
        Assert.Contains("--from: 'yesterday' is not a date", ex.Message, StringComparison.Ordinal);
    }
}
