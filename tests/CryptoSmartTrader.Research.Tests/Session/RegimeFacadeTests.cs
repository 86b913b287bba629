using CryptoSmartTrader.Research.Session;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class RegimeFacadeTests
{
    private static readonly string[] RegimeNames = ["TrendUp", "TrendDown", "Ranging", "VolatilityExpansion", "Compression", "Crash"];

    [Fact]
    public void Regimes_label_every_defined_bar_and_spans_tile_them_without_overlap()
    {
        var btc = Hourly("BTC", Utc(2024, 1, 1), Utc(2024, 3, 1));
        var regimes = Facade.Regimes.Of(btc);
        Assert.Equal(btc.Count, regimes.Rows);

        var column = regimes["regime"];
        var defined = column.Where(double.IsFinite).ToArray();
        Assert.NotEmpty(defined);
        Assert.All(defined, v => Assert.InRange(v, 0, 5));

        var spans = Facade.Regimes.RegimeSpans(regimes);
        Assert.All(spans, s => Assert.Contains(s.Label, RegimeNames));
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i].Start >= spans[i - 1].End, $"span {i} starts before span {i - 1} ends");
        }

        // Each bar is one hour, so the spans cover exactly as many hours as there are labelled bars (no gaps in this window).
        Assert.Equal(defined.Length, spans.Sum(s => (s.End - s.Start).TotalHours), 6);

        var shares = Facade.Regimes.RegimeShares(regimes);
        Assert.Equal(1.0, shares.Values.Sum(), 9);
    }

    [Fact]
    public void Regime_chart_shades_the_candles()
    {
        var btc = Hourly("BTC", Utc(2024, 1, 1), Utc(2024, 2, 15));
        var json = Plotly.NET.GenericChart.toFigureJson(Facade.Regimes.RegimeChart(btc));
        Assert.Contains("\"candlestick\"", json, StringComparison.Ordinal);
        Assert.Contains("\"shapes\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_coin_features_are_aligned_with_the_target_and_need_a_universe()
    {
        var from = Utc(2024, 1, 1);
        var eth = Hourly("ETH", from, Utc(2024, 2, 1));
        var btc = Hourly("BTC", from, Utc(2024, 2, 1));
        var frame = Facade.Regimes.CrossCoin(eth, [btc]);
        Assert.Equal(eth.Count, frame.Rows);
        Assert.NotEmpty(frame.Columns);
        Assert.Contains(frame.Columns, c => frame[c].Any(double.IsFinite));

        var ex = Assert.Throws<ArgumentException>(() => Facade.Regimes.CrossCoin(eth, []));
        Assert.Contains("benchmark", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_correlation_matches_the_textbook_pearson_on_common_bars()
    {
        var (from, to) = (Utc(2024, 1, 1), Utc(2024, 1, 15));
        var btc = Hourly("BTC", from, to);
        var eth = Hourly("ETH", from, to);
        var (chart, matrix) = Facade.Regimes.ReturnCorrelation([btc, eth]);
        Assert.Contains("heatmap", Plotly.NET.GenericChart.toFigureJson(chart), StringComparison.Ordinal);
        Assert.Equal(1.0, matrix[0, 0], 12);
        Assert.Equal(matrix[0, 1], matrix[1, 0], 12);

        // Reference: r = cov(x, y) / (sd(x) sd(y)) of ln(close_t / close_t-1) over close times both series have.
        static Dictionary<long, double> Returns(CryptoSmartTrader.Core.Markets.CandleSeries s)
        {
            var r = new Dictionary<long, double>();
            for (var i = 1; i < s.Count; i++)
            {
                if (s.CloseTimeMs[i] - s.CloseTimeMs[i - 1] == 3_600_000) r[s.CloseTimeMs[i]] = Math.Log(s.Close[i] / s.Close[i - 1]);
            }

            return r;
        }

        var (rb, re) = (Returns(btc), Returns(eth));
        var keys = rb.Keys.Where(re.ContainsKey).ToArray();
        var (x, y) = (keys.Select(k => rb[k]).ToArray(), keys.Select(k => re[k]).ToArray());
        var (mx, my) = (x.Average(), y.Average());
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var expected = cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
        Assert.Equal(expected, matrix[0, 1], 9);
    }
}
