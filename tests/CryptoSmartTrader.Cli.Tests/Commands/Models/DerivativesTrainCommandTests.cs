using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary><c>cst train --features derivatives</c> on synthetic spot candles and synthetic perpetual history in one store.</summary>
public sealed class DerivativesTrainCommandTests : IDisposable
{
    private static readonly Symbol Syn = new("SYN", "USDT");
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-deriv-train-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void FillStore()
    {
        var candles = SyntheticCandles.RandomWalk(2400, seed: 21, symbol: Syn);
        var rng = new Random(4);
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db });
        Assert.False(store.Import(candles).Rejected);
        var funding = new List<FundingRate>();
        var oi = new List<OpenInterest>();
        var mark = new List<DerivativesBar>();
        var level = 5000m;
        for (var i = 0; i < candles.Count; i++)
        {
            var open = DateTimeOffset.FromUnixTimeMilliseconds(candles.OpenTimeMs[i]);
            var close = DateTimeOffset.FromUnixTimeMilliseconds(candles.CloseTimeMs[i]);
            if (close.Hour % 8 == 0)
            {
                funding.Add(new FundingRate(close, Math.Round((decimal)(rng.NextDouble() - 0.45) * 0.001m, 8)));
            }

            level = Math.Round(level * (1 + (decimal)(rng.NextDouble() - 0.5) * 0.02m), 4);
            oi.Add(new OpenInterest(close, level));
            var m = Math.Round((decimal)candles.Close[i] * (1 + (decimal)(rng.NextDouble() - 0.5) * 0.002m), 6);
            mark.Add(new DerivativesBar(open, close, m, m, m, m));
        }

        Assert.False(store.Derivatives.SaveFunding(new DerivativesSeriesKey(Exchange.Binance, Syn, DerivativesKind.Funding, null), funding).Rejected);
        Assert.False(store.Derivatives.SaveOpenInterest(new DerivativesSeriesKey(Exchange.Binance, Syn, DerivativesKind.OpenInterest, Timeframe.H1), oi).Rejected);
        Assert.False(store.Derivatives.SavePriceBars(new DerivativesSeriesKey(Exchange.Binance, Syn, DerivativesKind.MarkBars, Timeframe.H1), mark).Rejected);
    }

    [Fact]
    public async Task A_model_trains_on_the_derivatives_columns_and_predicts_from_the_same_store()
    {
        FillStore();
        var train = await CliRunner.RunAsync("train", "--exchange", "binance", "--symbols", "SYN/USDT", "--timeframe", "1h", "--horizons", "1h",
            "--from", "2024-01-05", "--to", "2024-03-20", "--stride", "6h", "--name", "deriv", "--features", "derivatives", "--db", Db,
            "--models-dir", _dir, "--json");
        Assert.True(train.ExitCode == 0, train.Error);
        using (var meta = JsonDocument.Parse(train.Out))
        {
            var columns = meta.RootElement.GetProperty("featureSet").GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
            Assert.Contains("deriv_sig_funding_flip", columns);
            Assert.All(columns, c => Assert.StartsWith("deriv_", c));
        }

        var predict = await CliRunner.RunAsync("predict", "--model", "deriv", "--exchange", "binance", "--symbol", "SYN/USDT", "--at", "2024-04-05",
            "--features", "derivatives", "--db", Db, "--models-dir", _dir, "--json");
        Assert.True(predict.ExitCode == 0, predict.Error);
    }
}
