using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Bot.Tests.Engine;

public sealed class StrategyLoaderTests
{
    private static (Strategy? Strategy, IReadOnlyList<string> Errors) LoadJson(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cst-strategy-").FullName, "strategy.json");
        File.WriteAllText(path, json);
        return StrategyLoader.Load(new BotOptions { StrategyFile = path });
    }

    [Fact]
    public void A_strategy_file_overrides_the_bot_defaults()
    {
        var (s, errors) = LoadJson("""{ "symbols": ["SOL/USDT"], "timeframe": "5m", "strategy": "sma-cross", "sma": { "fast": 5, "slow": 12 }, "initialCash": 2500, "risk": { "minConfidence": 0.5 } }""");
        Assert.Empty(errors);
        Assert.Equal("SOL/USDT", Assert.Single(s!.Symbols).ToString());
        Assert.Equal("5m", s.Timeframe.ToString());
        Assert.Equal(12, s.Sma.Slow);
        Assert.Equal(2500m, s.InitialCash);
        Assert.Equal(0.5, s.Risk.MinConfidence);
    }

    [Fact]
    public void Without_a_file_the_bot_settings_are_used()
    {
        var (s, errors) = StrategyLoader.Load(new BotOptions());
        Assert.Empty(errors);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], s!.Symbols.Select(x => x.ToString()));
        Assert.Equal("sma-cross", s.Kind);
    }

    [Theory]
    [InlineData("""{ "strategy": "model:lgbm-1h" }""", "model 'lgbm-1h' not found in")]
    [InlineData("""{ "strategy": "momentum" }""", "strategy 'momentum' is unknown")]
    [InlineData("""{ "symbols": ["BTCUSDT"] }""", "symbol 'BTCUSDT'")]
    [InlineData("""{ "timeframe": "7x" }""", "timeframe '7x' is not a timeframe")]
    [InlineData("""{ "symbols": ["BTC/USDT", "BTC/USDT"] }""", "listed twice")]
    [InlineData("""{ "initialCash": 0 }""", "initialCash must be > 0")]
    [InlineData("""{ "sma": { "fast": 50, "slow": 20 } }""", "sma:")]
    [InlineData("""{ "symbols": [ """, "not valid strategy JSON")]
    [InlineData("""{ "initalCash": 5000 }""", "initalCash: unknown key; did you mean 'initialCash'?")]
    [InlineData("""{ "symbol": ["BTC/USDT"] }""", "symbol: unknown key; did you mean 'symbols'?")]
    public void Bad_strategy_files_are_refused_with_a_reason(string json, string expected)
    {
        var (s, errors) = LoadJson(json);
        Assert.Null(s);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal) && e.Contains("strategy file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_strategy_file_is_named()
    {
        var (s, errors) = StrategyLoader.Load(new BotOptions { StrategyFile = "/nonexistent/strategy.json" });
        Assert.Null(s);
        Assert.Contains("/nonexistent/strategy.json: not found", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_replayed_symbol_only_the_store_holds_is_known_one_nothing_holds_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("cst-known-").FullName;
        var db = Path.Combine(dir, "cst.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            store.Import(SyntheticCandles.RandomWalk(50, timeframe: CryptoSmartTrader.Core.Markets.Timeframe.D1)); // synthetic SYN/USDT, 1d only
        }

        var options = new BotOptions { Mode = BotMode.Replay, DbPath = db, DatasetsPath = Path.Combine(dir, "none"), Symbols = ["SYN/USDT"] };
        Assert.Empty(StrategyLoader.Validate(options, new MarketDataOptions())); // known at another timeframe: starts, says 1h is missing

        options.Symbols = ["SYM/USDT"];
        var error = Assert.Single(StrategyLoader.Validate(options, new MarketDataOptions()));
        Assert.Contains("symbol SYM/USDT is unknown on binance", error, StringComparison.Ordinal);
        Assert.Contains("SYN/USDT", error, StringComparison.Ordinal); // what the store holds is offered

        // Paper on live data: the venue itself answers for the symbol (the start-up probe), so nothing is refused here.
        Assert.Empty(StrategyLoader.Validate(new BotOptions { Mode = BotMode.Paper, DbPath = db, Symbols = ["SYM/USDT"] }, new MarketDataOptions()));
    }
}
