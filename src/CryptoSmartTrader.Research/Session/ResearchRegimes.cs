using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET;

namespace CryptoSmartTrader.Research.Session;

/// <summary>Regimes, cross-coin features and return correlation (<c>session.Regimes</c>). Stateless.</summary>
public sealed class ResearchRegimes
{
    /// <summary>The <c>regime</c> feature set; with a <paramref name="universe"/> the crash rule also uses market breadth.</summary>
    public FeatureFrame Of(CandleSeries series, IReadOnlyList<CandleSeries>? universe = null) =>
        Compute(series, new RegimeFeatureSet(universe ?? []));

    /// <summary>The <c>cross</c> feature set of <paramref name="series"/> against a universe that should hold the benchmark (BTC).</summary>
    public FeatureFrame CrossCoin(CandleSeries series, IReadOnlyList<CandleSeries> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        if (universe.Count == 0)
        {
            throw new ArgumentException("CrossCoin: expected a universe with at least the benchmark series (e.g. BTC/USDT)", nameof(universe));
        }

        return Compute(series, new CrossCoinFeatureSet(universe));
    }

    /// <summary>Pearson correlation of hourly (per-bar) log returns between every pair, over the bars both series have
    /// (the cross-section panel leaves missing bars missing), as a heatmap and as the matrix itself.</summary>
    public (GenericChart Chart, double[,] Matrix) ReturnCorrelation(IReadOnlyList<CandleSeries> series)
    {
        var panel = CrossSectionPanel.Create(series);
        var n = panel.Symbols.Count;
        var matrix = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                var pairs = Enumerable.Range(0, panel.Rows)
                    .Where(r => double.IsFinite(panel.Returns[a][r]) && double.IsFinite(panel.Returns[b][r])).ToArray();
                matrix[a, b] = pairs.Length < 2 ? double.NaN
                    : MathNet.Numerics.Statistics.Correlation.Pearson(pairs.Select(r => panel.Returns[a][r]), pairs.Select(r => panel.Returns[b][r]));
            }
        }

        return (CorrelationHeatmap.Create(panel.Symbols.Select(s => s.ToString()).ToArray(), matrix, "Correlation of log returns"), matrix);
    }

    /// <summary>The <c>regime</c> column as labelled spans (bars still in warm-up are left out, never labelled).</summary>
    public IReadOnlyList<RegimeSpan> RegimeSpans(FeatureFrame regimes)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        var column = regimes["regime"];
        var s = regimes.Series;
        var labels = column.Select(v => double.IsFinite(v) ? ((MarketRegime)(int)v).ToString() : Undefined).ToArray();
        var opens = s.OpenTimeMs.ToArray().Select(DateTimeOffset.FromUnixTimeMilliseconds).ToArray();
        var closes = s.CloseTimeMs.ToArray().Select(DateTimeOffset.FromUnixTimeMilliseconds).ToArray();
        return RegimeShading.SpansFromBars(opens, closes, labels).Where(x => x.Label != Undefined).ToArray();
    }

    /// <summary>Share of defined bars per regime label.</summary>
    public IReadOnlyDictionary<string, double> RegimeShares(FeatureFrame regimes)
    {
        var defined = regimes["regime"].Where(double.IsFinite).ToArray();
        return defined.GroupBy(v => ((MarketRegime)(int)v).ToString())
            .ToDictionary(g => g.Key, g => (double)g.Count() / defined.Length, StringComparer.Ordinal);
    }

    /// <summary>A candlestick chart with the regimes shaded behind it.</summary>
    public GenericChart RegimeChart(CandleSeries series, FeatureFrame? regimes = null) =>
        RegimeShading.Add(ResearchSession.CandleChart(series), RegimeSpans(regimes ?? Of(series)));

    private const string Undefined = "(warm-up)";

    private static FeatureFrame Compute(CandleSeries series, IFeatureSet set)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (columns, values) = FeatureSetRegistry.Compute([set], series);
        return new FeatureFrame(series, columns, values);
    }
}
