using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Strategies;

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
}
