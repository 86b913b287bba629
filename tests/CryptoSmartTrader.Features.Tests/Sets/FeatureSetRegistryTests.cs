using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.CrossSection;
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
        Assert.Equal([.. FeatureSetRegistry.CreateDefault().Names, "cross", "xsection"], registry.Names);
        Assert.IsType<CrossCoinFeatureSet>(registry.AllSets[^1]);
        Assert.IsType<RegimeFeatureSet>(Assert.Single(registry.Sets, s => s.Name == "regime"));
        Assert.True(registry.TryResolve("all", out var all, out _));
        Assert.Equal([.. FeatureSetRegistry.CreateDefault().Names, "cross"], all.Select(s => s.Name));
        Assert.Throws<ArgumentNullException>(() => FeatureSetRegistry.CreateDefault(null!));
    }

    // xsection is registered by name with a universe, but `all` keeps its columns (models trained on `all` are fed by name).
    [Fact]
    public void Universe_registry_resolves_xsection_by_name_and_leaves_it_out_of_all()
    {
        var universe = new[] { "BTC", "ETH", "BNB", "LTC" }.Select(c => SharedCandles.BinanceHourly(c)).ToArray();
        var registry = FeatureSetRegistry.CreateDefault(universe);
        Assert.True(registry.TryResolve("xsection", out var chosen, out var error), error);
        var set = Assert.IsType<CrossSectionalFeatureSet>(Assert.Single(chosen));
        Assert.True(registry.TryResolve("all", out var all, out _));
        Assert.DoesNotContain(all, s => s.Name == "xsection");
        Assert.DoesNotContain(all.SelectMany(s => s.Columns), c => c.StartsWith("xs_", StringComparison.Ordinal));

        // The registered set is the one built with the universe: its rows equal a set built directly on it.
        var eth = universe[1].SliceByCloseTime(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var (columns, values) = FeatureSetRegistry.Compute(chosen, eth);
        var direct = new CrossSectionalFeatureSet(universe).Compute(eth);
        Assert.Equal(set.Columns, columns);
        Assert.Equal(direct.Length, values.Length);
        for (var c = 0; c < direct.Length; c++) Assert.Equal(direct[c], values[c]);
        var members = values[columns.ToList().IndexOf("xs_members")];
        Assert.Contains(members, m => m == 4);

        // Without a universe there is no xsection, and the choices name it only where it can be built.
        Assert.False(FeatureSetRegistry.CreateDefault().TryResolve("xsection", out _, out var missing));
        Assert.Contains("'xsection'", missing);
    }

    [Fact]
    public void A_set_added_outside_all_resolves_by_name_only()
    {
        var registry = new FeatureSetRegistry().Add(new FakeSet("x", "a")).Add(new FakeSet("y", "b"), inAll: false);
        Assert.True(registry.TryResolve("all", out var all, out _));
        Assert.Equal(["x"], all.Select(s => s.Name));
        Assert.True(registry.TryResolve("y", out var y, out _));
        Assert.Equal("y", Assert.Single(y).Name);
        Assert.Equal(["x", "y"], registry.Names);
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
