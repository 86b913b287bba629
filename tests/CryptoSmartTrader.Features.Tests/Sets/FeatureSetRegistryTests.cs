using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Sets;

public sealed class FeatureSetRegistryTests
{
    private sealed class FakeSet(string name, params string[] columns) : IFeatureSet
    {
        public string Name => name;
        public IReadOnlyList<string> Columns => columns;
        public double[][] Compute(CandleSeries series) => [.. columns.Select(_ => new double[series.Count])];
    }

    [Fact]
    public void Default_registry_has_the_ta_set_and_resolves_all()
    {
        var registry = FeatureSetRegistry.CreateDefault();
        Assert.Contains("ta", registry.Names);
        Assert.True(registry.TryResolve("TA", out var ta, out _));
        Assert.Single(ta);
        Assert.True(registry.TryResolve("all", out var all, out _));
        Assert.Equal(registry.Sets.Count, all.Count);
    }

    [Fact]
    public void Universe_registry_builds_regime_with_the_universe_and_appends_cross()
    {
        var universe = new[] { "BTC", "BNB" }.Select(c => SharedCandles.BinanceHourly(c)).ToArray();
        var registry = FeatureSetRegistry.CreateDefault(universe);
        Assert.Equal([.. FeatureSetRegistry.CreateDefault().Names, "cross"], registry.Names);
        Assert.IsType<CrossCoinFeatureSet>(registry.Sets[^1]);
        Assert.IsType<RegimeFeatureSet>(Assert.Single(registry.Sets, s => s.Name == "regime"));
        Assert.True(registry.TryResolve("all", out var all, out _));
        Assert.Equal(registry.Sets.Count, all.Count);
        Assert.Throws<ArgumentNullException>(() => FeatureSetRegistry.CreateDefault(null!));
    }

    [Fact]
    public void Unknown_set_names_the_choices()
    {
        var registry = new FeatureSetRegistry().Add(new TechnicalFeatureSet());
        Assert.False(registry.TryResolve("vibes", out _, out var error));
        Assert.Contains("ta, all", error);
        Assert.Contains("'vibes'", error);
    }

    [Fact]
    public void Duplicate_set_or_column_names_are_rejected()
    {
        var registry = new FeatureSetRegistry().Add(new FakeSet("x", "a"));
        Assert.Throws<ArgumentException>(() => registry.Add(new FakeSet("x", "b")));
        var series = SharedCandles.BinanceHourly("BTC").Slice(0, 10);
        var ex = Assert.Throws<InvalidOperationException>(() => FeatureSetRegistry.Compute([new FakeSet("x", "a"), new FakeSet("y", "a")], series));
        Assert.Contains("'a'", ex.Message);
    }

    [Fact]
    public void Streaming_bank_rows_equal_the_batch_set_rows()
    {
        var series = SharedCandles.BinanceHourly("BTC").Slice(50_000, 400);
        var set = new TechnicalFeatureSet();
        var batch = set.Compute(series);
        var bank = TechnicalFeatureSet.CreateStream();
        Assert.Equal(set.Columns, bank.Columns);
        var row = new double[bank.Columns.Count];
        for (var i = 0; i < series.Count; i++)
        {
            bank.Update(new OhlcvBar(series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i]));
            if (i % 37 != 0 && i != series.Count - 1)
            {
                continue;
            }

            bank.CopyRow(row);
            for (var j = 0; j < row.Length; j++)
            {
                if (!(double.IsNaN(batch[j][i]) ? double.IsNaN(row[j]) : Math.Abs(batch[j][i] - row[j]) <= 1e-10 * Math.Max(1, Math.Abs(row[j]))))
                {
                    Assert.Fail($"{set.Columns[j]}[{i}]: batch {batch[j][i]:R}, stream {row[j]:R}");
                }
            }
        }
    }
}
