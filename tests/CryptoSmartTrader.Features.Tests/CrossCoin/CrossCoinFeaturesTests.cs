using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Tests.Regimes;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;
using MathNet.Numerics.Statistics;

namespace CryptoSmartTrader.Features.Tests.CrossCoin;

public sealed class CrossCoinFeaturesTests
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static CandleSeries Real(string coin) => SharedCandles.BinanceHourly(coin).SliceByCloseTime(From, To);

    private static CandleSeries[] Universe() => new[] { "BTC", "ETH", "SOL", "XRP", "ADA" }.Select(Real).ToArray();

    [Fact]
    public void Btc_eth_correlation_and_beta_match_an_independent_computation_on_real_data()
    {
        var btc = Real("BTC");
        var eth = Real("ETH");
        var panel = CrossSectionPanel.Create(Universe());
        var f = new CrossCoinFeatures();
        var cols = f.Compute(panel, eth);
        var bar = eth.Count - 1;
        var (x, y) = MatchedReturns(btc, eth, eth[bar].CloseTime, 168);
        Assert.Equal(Correlation.Pearson(x, y), cols[0][bar], 10);
        Assert.Equal(Statistics.Covariance(x, y) / Statistics.Variance(x), cols[2][bar], 10);
        Assert.InRange(cols[0][bar], 0.5, 1.0); // BTC and ETH hourly returns are strongly correlated
        Assert.Equal("corr_btc_168", f.Columns[0]);
    }

    [Fact]
    public void A_missing_bar_stays_missing_and_only_affects_features_that_need_it()
    {
        var eth = Real("ETH");
        var dropAt = 1000;
        var holed = Without(eth, dropAt);
        var btc = Real("BTC");
        var panel = CrossSectionPanel.Create([btc, holed, Real("SOL")]);
        var ethIndex = panel.IndexOf(eth.Symbol);
        var row = panel.RowOf(eth.CloseTimeMs[dropAt]);
        Assert.True(double.IsNaN(panel.Close[ethIndex][row]));
        Assert.True(double.IsNaN(panel.Returns[ethIndex][row]));
        Assert.True(double.IsNaN(panel.Returns[ethIndex][row + 1]));
        Assert.False(double.IsNaN(panel.Returns[ethIndex][row + 2]));

        var rows = new CrossCoinFeatures().ComputeRows(panel, eth.Symbol);
        Assert.True(double.IsNaN(rows[4][row])); // no relative strength without the bar
        var (x, y) = MatchedReturns(btc, holed, eth[dropAt + 5].CloseTime, 168);
        Assert.Equal(166, x.Length); // two returns lost, never filled
        Assert.Equal(Correlation.Pearson(x, y), rows[0][row + 5], 10);

        // Output per bar of the holed series has no row for the missing bar at all.
        Assert.Equal(holed.Count, new CrossCoinFeatures().Compute(panel, holed)[0].Length);
    }

    [Fact]
    public void Too_many_missing_pairs_make_the_correlation_missing()
    {
        var btc = SyntheticCandles.RandomWalk(400, seed: 1, symbol: new Symbol("BTC", "USDT"));
        var alt = SyntheticCandles.RandomWalk(400, seed: 2, symbol: new Symbol("ALT", "USDT"));
        var sparse = Keep(alt, i => i % 3 != 0); // a third of the bars missing: fewer than 80% pairs in any window
        var rows = new CrossCoinFeatures().ComputeRows(CrossSectionPanel.Create([btc, sparse]), sparse.Symbol);
        Assert.All(rows[0], v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Hand_checked_beta_rank_breadth_dispersion_and_lags()
    {
        // ALT moves exactly twice BTC's log return each bar, so beta = 2 and correlation = 1.
        var rng = new Random(3);
        var btcCloses = new List<double> { 100 };
        var altCloses = new List<double> { 50 };
        var flatCloses = Enumerable.Repeat(10.0, 60).ToList();
        for (var i = 1; i < 60; i++)
        {
            var r = 0.01 * SyntheticCandles.Gaussian(rng);
            btcCloses.Add(btcCloses[^1] * Math.Exp(r));
            altCloses.Add(altCloses[^1] * Math.Exp(2 * r));
        }

        var btc = SyntheticCandles.FromCloses(btcCloses, symbol: new Symbol("BTC", "USDT"));
        var alt = SyntheticCandles.FromCloses(altCloses, symbol: new Symbol("ALT", "USDT"));
        var flat = SyntheticCandles.FromCloses(flatCloses, symbol: new Symbol("FLAT", "USDT"));
        var panel = CrossSectionPanel.Create([btc, alt, flat]);
        var f = new CrossCoinFeatures(new CrossCoinOptions { CorrelationWindow = 20, RelativeStrengthLookback = 5, BreadthMaWindow = 10, LeadLags = 2 });
        var rows = f.ComputeRows(panel, alt.Symbol);
        var t = 40;
        Assert.Equal(1.0, rows[0][t], 10);
        Assert.Equal(2.0, rows[2][t], 10);

        var s = new[] { btcCloses, altCloses, flatCloses }.Select(c => Math.Log(c[t] / c[t - 5])).ToArray();
        var expectedRank = s.Count(v => v < s[1]) / 2.0;
        Assert.Equal(expectedRank, rows[4][t], 12);

        var above = new[] { btcCloses, altCloses, flatCloses }.Count(c => c[t] > c.Skip(t - 9).Take(10).Average());
        Assert.Equal(above / 3.0, rows[5][t], 12);

        var r3 = new[] { btcCloses, altCloses, flatCloses }.Select(c => Math.Log(c[t] / c[t - 1])).ToArray();
        var m = r3.Average();
        Assert.Equal(Math.Sqrt(r3.Sum(v => (v - m) * (v - m)) / 3), rows[6][t], 12);
        Assert.Equal(3, rows[7][t]);
        Assert.Equal(Math.Log(btcCloses[t - 1] / btcCloses[t - 2]), rows[8][t], 12);
        Assert.Equal(Math.Log(btcCloses[t - 2] / btcCloses[t - 3]), rows[9][t], 12);
        Assert.Equal(["corr_btc_20", "corr_universe_20", "beta_btc_20", "corr_btc_lag1_20", "rs_rank_5", "breadth_10", "dispersion", "universe_n",
            "btc_ret_lag_1", "btc_ret_lag_2"], f.Columns);
    }

    [Fact]
    public void Values_at_t_do_not_depend_on_later_bars()
    {
        var universe = Universe();
        var eth = universe[1];
        var f = new CrossCoinFeatures();
        var full = f.Compute(CrossSectionPanel.Create(universe), eth);
        SignalsPointInTime.Assert(t =>
        {
            var cut = universe.Select(s => s.KnownAt(t)).ToArray();
            var cols = f.Compute(CrossSectionPanel.Create(cut), cut[1]);
            return (cols, cut[1].Count - 1);
        }, full, eth, samples: 8, seed: 2, minIndex: 0);
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_offending_item_named()
    {
        var btc = Real("BTC");
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => CrossSectionPanel.Create([])).Message);
        Assert.Contains("BTC/USDT appears more than once", Assert.Throws<ArgumentException>(() => CrossSectionPanel.Create([btc, btc])).Message);
        var daily = SyntheticCandles.RandomWalk(10, timeframe: Timeframe.D1, symbol: new Symbol("ETH", "USDT"));
        Assert.Contains("must share timeframe", Assert.Throws<ArgumentException>(() => CrossSectionPanel.Create([btc, daily])).Message);
        var eth = Real("ETH");
        var noBtc = CrossSectionPanel.Create([eth, Real("SOL")]);
        Assert.Contains("benchmark BTC is not in the panel", Assert.Throws<ArgumentException>(() => new CrossCoinFeatures().ComputeRows(noBtc, eth.Symbol)).Message);
        Assert.Contains("target DOGE/USDT is not in the panel",
            Assert.Throws<ArgumentException>(() => new CrossCoinFeatures().ComputeRows(noBtc, new Symbol("DOGE", "USDT"))).Message);
        var offGrid = SyntheticCandles.RandomWalk(10, symbol: new Symbol("OFF", "USDT"));
        var shifted = SyntheticCandles.FromCloses([1.0, 2.0], start: SyntheticCandles.DefaultStart.AddMinutes(30), symbol: new Symbol("HALF", "USDT"));
        Assert.Contains("off the 1h grid", Assert.Throws<ArgumentException>(() => CrossSectionPanel.Create([offGrid, shifted])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrossCoinFeatures(new CrossCoinOptions { CorrelationWindow = 1 }));
    }

    /// <summary>Independent alignment: dictionary by close time, returns only between consecutive hours both present.</summary>
    private static (double[] Btc, double[] Other) MatchedReturns(CandleSeries btc, CandleSeries other, DateTimeOffset end, int window)
    {
        var b = btc.AsEnumerable().ToDictionary(c => c.CloseTime, c => (double)c.Close);
        var o = other.AsEnumerable().ToDictionary(c => c.CloseTime, c => (double)c.Close);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var k = window - 1; k >= 0; k--)
        {
            var t = end.AddHours(-k);
            var p = t.AddHours(-1);
            if (b.ContainsKey(t) && b.ContainsKey(p) && o.ContainsKey(t) && o.ContainsKey(p))
            {
                xs.Add(Math.Log(b[t] / b[p]));
                ys.Add(Math.Log(o[t] / o[p]));
            }
        }

        return (xs.ToArray(), ys.ToArray());
    }

    private static CandleSeries Without(CandleSeries s, int index) => Keep(s, i => i != index);

    private static CandleSeries Keep(CandleSeries s, Func<int, bool> keep)
    {
        var builder = new CandleSeriesBuilder(s.Exchange, s.Symbol, s.Timeframe, s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            if (keep(i)) builder.Add(s.OpenTimeMs[i], s.CloseTimeMs[i], s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
        }

        return builder.Build();
    }
}
