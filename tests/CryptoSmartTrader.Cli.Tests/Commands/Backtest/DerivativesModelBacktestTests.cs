using System.Text.Json;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary>
/// A model trained with <c>cst train --features derivatives</c> backtested with <c>cst backtest</c>: its perpetual history is
/// read from <c>--db</c>, the store the candles come from. Real Binance BTC/USDT 1h candles with SYNTHETIC funding, open
/// interest and mark bars (seeded random, <see cref="SyntheticDerivatives"/>; not market data), whose synthetic basis tells the
/// next bar's return: the model is confident with them and has no prediction without them.
/// </summary>
public sealed class DerivativesModelBacktestTests(DerivativesModelBacktestTests.TrainedModel model) : IClassFixture<DerivativesModelBacktestTests.TrainedModel>
{
    private readonly TrainedModel _model = model;

    [Fact]
    public async Task A_derivatives_model_backtests_on_the_stored_series_and_trades_nothing_without_them()
    {
        var made = Path.Combine(_model.Dir, "made");
        var run = await CliRunner.RunAsync("backtest", "--model", TrainedModel.Name, "--models-dir", _model.Models, "--symbols", "BTC/USDT",
            "--from", "2023-03-15", "--to", "2023-04-15", "--db", _model.DerivativesDb, "--out", made, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Result(made).GetProperty("warnings").EnumerateArray());
        Assert.DoesNotContain("warning", run.Error);

        // A small model is rarely 80 % sure: the package is edited to act on any view, and run on both stores.
        var edited = await ActOnAnyView(made, "edited");
        var (withDerivatives, without) = (Path.Combine(_model.Dir, "with"), Path.Combine(_model.Dir, "without"));
        foreach (var (db, dir) in new[] { (_model.DerivativesDb, withDerivatives), (_model.SpotDb, without) })
        {
            var r = await CliRunner.RunAsync("backtest", "--package", edited, "--models-dir", _model.Models, "--from", "2023-03-15", "--to", "2023-04-15",
                "--db", db, "--out", dir, "--json");
            Assert.True(r.ExitCode == 0, r.Error);
        }

        var (w, n) = (Result(withDerivatives), Result(without));
        Assert.True(w.GetProperty("counts").GetProperty("orders").GetInt32() > 0, "the model must trade on the stored derivatives");
        Assert.Equal(0, n.GetProperty("counts").GetProperty("orders").GetInt32()); // NaN columns: no prediction, never a guess
        Assert.NotEqual(w.GetProperty("orderListHash").GetString(), n.GetProperty("orderListHash").GetString());
        Assert.Empty(w.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task A_derivatives_model_on_a_store_without_its_series_runs_and_warns_naming_the_symbol_and_the_series()
    {
        var dir = Path.Combine(_model.Dir, "spot-only");
        var run = await CliRunner.RunAsync("backtest", "--model", TrainedModel.Name, "--models-dir", _model.Models, "--symbols", "BTC/USDT",
            "--from", "2023-03-15", "--to", "2023-04-15", "--db", _model.SpotDb, "--out", dir);
        Assert.True(run.ExitCode == 0, run.Error);
        var expected = $"binance BTC/USDT: no funding series, no open-interest 1h series, no mark 1h series in the store {_model.SpotDb}";
        Assert.Contains("cst backtest: warning: " + expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.StartsWith(expected, Assert.Single(Result(dir).GetProperty("warnings").EnumerateArray()).GetString());
        Assert.Equal(0, Result(dir).GetProperty("counts").GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task A_derivatives_model_walk_forward_retrains_its_recipe_on_the_stored_series()
    {
        var dir = Path.Combine(_model.Dir, "walk-forward");
        var made = Path.Combine(_model.Dir, "made-wf");
        var first = await CliRunner.RunAsync("backtest", "--model", TrainedModel.Name, "--models-dir", _model.Models, "--symbols", "BTC/USDT",
            "--from", "2023-03-15", "--to", "2023-04-15", "--db", _model.DerivativesDb, "--out", made, "--json");
        Assert.True(first.ExitCode == 0, first.Error);
        var edited = await ActOnAnyView(made, "edited-wf");
        var run = await CliRunner.RunAsync("backtest", "--package", edited, "--models-dir", _model.Models, "--from", "2023-02-01", "--to", "2023-04-15",
            "--walk-forward", "--train-days", "45", "--test-days", "15", "--db", _model.DerivativesDb, "--out", dir, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var result = Result(dir);
        Assert.True(result.GetProperty("windows").GetArrayLength() >= 2);
        Assert.Empty(result.GetProperty("warnings").EnumerateArray());
        Assert.True(result.GetProperty("counts").GetProperty("orders").GetInt32() > 0, "the retrained models must trade on the stored derivatives");
    }

    private async Task<string> ActOnAnyView(string made, string name)
    {
        var package = StrategyPackageJson.Load(Path.Combine(made, "package.json")).Value!;
        package.Risk.MinConfidence = 0.5;
        var edited = Path.Combine(_model.Dir, name + "-package.json");
        await StrategyPackageJson.SaveAsync(package, edited);
        return edited;
    }

    private static JsonElement Result(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json"))).RootElement.Clone();

    /// <summary>Two stores of the same real candles, one with the synthetic derivatives, and the model trained on that one.</summary>
    public sealed class TrainedModel : IAsyncLifetime
    {
        public const string Name = "deriv-bt";

        public string Dir { get; } = Directory.CreateTempSubdirectory("cst-deriv-bt-").FullName;
        public string Models => Path.Combine(Dir, "models");
        public string DerivativesDb => Path.Combine(Dir, "deriv.db");
        public string SpotDb => Path.Combine(Dir, "spot.db");

        public async Task InitializeAsync()
        {
            var btc = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 4, 16, 0, 0, 0, TimeSpan.Zero));
            foreach (var db in new[] { DerivativesDb, SpotDb })
            {
                using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db });
                Assert.False(store.Import(btc).Rejected);
            }

            SyntheticDerivatives.Save(DerivativesDb, btc, markLeadsSpot: true); // a basis that tells the next return: the model is sure, so it trades
            var train = await CliRunner.RunAsync("train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h",
                "--from", "2023-01-01", "--to", "2023-03-01", "--stride", "1h", "--name", Name, "--features", "derivatives", "--db", DerivativesDb,
                "--models-dir", Models, "--json");
            Assert.True(train.ExitCode == 0, train.Error);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Dir, recursive: true);
            return Task.CompletedTask;
        }
    }
}
