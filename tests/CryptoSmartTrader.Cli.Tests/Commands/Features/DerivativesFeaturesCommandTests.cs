using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Cli.Tests.Commands.Features;

/// <summary><c>cst features --set derivatives</c> reading synthetic perpetual data stored next to synthetic spot candles.</summary>
public sealed class DerivativesFeaturesCommandTests : IDisposable
{
    private static readonly Symbol Syn = new("SYN", "USDT");
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-deriv-features-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    private string Out => Path.Combine(_dir, "features.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CandleSeries StoreCandles()
    {
        var candles = SyntheticCandles.RandomWalk(100, seed: 3);
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db });
        Assert.False(store.Import(candles).Rejected);
        return candles;
    }

    private async Task<(string[] Header, string[][] Rows, CliRunner.Result Result)> Run()
    {
        var result = await CliRunner.RunAsync("features", "--exchange", "binance", "--symbol", "SYN/USDT", "--timeframe", "1h", "--set", "derivatives",
            "--db", Db, "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(Out);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))], result);
    }

    [Fact]
    public async Task Basis_is_computed_from_stored_mark_bars_at_the_candle_closes()
    {
        var candles = StoreCandles();
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db }))
        {
            // Synthetic mark bars 0.1 % above the spot close, for the first 50 hours only.
            var bars = Enumerable.Range(0, 50).Select(i =>
            {
                var mark = (decimal)candles.Close[i] * 1.001m;
                return new DerivativesBar(DateTimeOffset.FromUnixTimeMilliseconds(candles.OpenTimeMs[i]), DateTimeOffset.FromUnixTimeMilliseconds(candles.CloseTimeMs[i]),
                    mark, mark, mark, mark);
            }).ToList();
            Assert.False(store.Derivatives.SavePriceBars(new DerivativesSeriesKey(Exchange.Binance, Syn, DerivativesKind.MarkBars, Timeframe.H1), bars).Rejected);
        }

        var (header, rows, _) = await Run();
        var basis = Array.IndexOf(header, "deriv_basis");

        Assert.Equal(0.001, double.Parse(rows[10][basis], CultureInfo.InvariantCulture), 9);
        Assert.Equal(string.Empty, rows[60][basis]); // no mark bar: empty, not carried forward
        Assert.Contains("deriv_sig_funding_flip", header);
    }

    [Fact]
    public async Task A_pair_without_perpetual_data_gets_empty_columns_and_a_note()
    {
        StoreCandles();

        var (header, rows, result) = await Run();

        Assert.Contains("no binance SYN/USDT perpetual data", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.All(rows, r => Assert.All(r.Skip(2), Assert.Empty));
        Assert.Equal(15, header.Length);
    }
}
