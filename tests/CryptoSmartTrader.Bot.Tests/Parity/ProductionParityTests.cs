using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Cli;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryptoSmartTrader.Bot.Tests.Parity;

/// <summary>
/// Parity on the production path (issue 14): the bot host — Quartz firing the trading-cycle job, the engine, the
/// write-ahead persisting venue and the store — replays a window of the real shared data with a strategy package, and
/// <c>cst backtest</c> (the CLI's own code path) runs the same package over the same bars. Same order-list hash, same
/// fills, same final equity.
/// </summary>
public sealed class ProductionParityTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-parity-").FullName;

    [Fact]
    public async Task Sma_cross_with_a_stop_sqrt_slippage_and_250ms_latency_trades_the_same_in_the_bot_and_the_backtest()
    {
        var backtest = Path.Combine(_dir, "backtest");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["backtest", "--symbols", "BTC/USDT,ETH/USDT", "--from", "2024-01-01", "--to", "2024-03-01", "--fast", "10", "--slow", "40",
            "--stop-loss", "2", "--slippage", "sqrt", "--latency", "250ms", "--source", SharedDatasets.RootPath, "--out", backtest, "--json"], stdout, stderr, new ManualTimeProvider());
        Assert.True(code == 0, stderr.ToString());

        var bot = Path.Combine(_dir, "bot");
        var db = Path.Combine(_dir, "bot.db");
        await RunBotWindowAsync(["--mode", "replay", "--strategy", Path.Combine(backtest, "package.json"), "--from", "2024-01-01", "--until", "2024-03-01",
            "--out", bot, "--db", db, "--datasets", SharedDatasets.RootPath]);

        var (b, r) = (Result(backtest), Result(bot));
        Assert.True(b.GetProperty("counts").GetProperty("orders").GetInt32() > 10, "the window must trade for the comparison to mean anything");
        Assert.Equal(b.GetProperty("orderListHash").GetString(), r.GetProperty("orderListHash").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(backtest, "fills.csv")), File.ReadAllText(Path.Combine(bot, "fills.csv")));
        Assert.Equal(b.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), r.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());

        // And it went through the write-ahead store: every order the backtest sent is a stored order of the bot.
        using var store = BotStore.Open(db);
        Assert.Equal(b.GetProperty("counts").GetProperty("orders").GetInt32(), store.Orders().Count);
        Assert.Equal(b.GetProperty("counts").GetProperty("fills").GetInt32(), store.Fills().Count);
    }

    private static async Task RunBotWindowAsync(string[] args)
    {
        var app = BotHost.Build(["--port", "0", "--job-store", "memory", .. args]);
        var stopped = new TaskCompletionSource();
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopped.TrySetResult());
        await app.StartAsync();
        try
        {
            await Waiting.For(() => stopped.Task.IsCompleted, "the replay window never finished", 300);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static JsonElement Result(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json"))).RootElement.Clone();
}
