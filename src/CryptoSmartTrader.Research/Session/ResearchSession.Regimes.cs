using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Research.Session;

public sealed partial class ResearchSession
{
    /// <summary>The <c>regime</c> feature set; with a <paramref name="universe"/> the crash rule also uses market breadth.</summary>
    public static FeatureFrame Regimes(CandleSeries series, IReadOnlyList<CandleSeries>? universe = null) =>
        Compute(series, new RegimeFeatureSet(universe ?? []));

    /// <summary>The <c>cross</c> feature set of <paramref name="series"/> against a universe that should hold the benchmark (BTC).</summary>
    public static FeatureFrame CrossCoin(CandleSeries series, IReadOnlyList<CandleSeries> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        if (universe.Count == 0)
        {
            throw new ArgumentException("CrossCoin: expected a universe with at least the benchmark series (e.g. BTC/USDT)", nameof(universe));
        }

        return Compute(series, new CrossCoinFeatureSet(universe));
    }

    /// <summary>The <c>regime</c> column as labelled spans (bars still in warm-up are left out, never labelled).</summary>
    public static IReadOnlyList<RegimeSpan> RegimeSpans(FeatureFrame regimes)
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
    public static IReadOnlyDictionary<string, double> RegimeShares(FeatureFrame regimes)
    {
        var defined = regimes["regime"].Where(double.IsFinite).ToArray();
        return defined.GroupBy(v => ((MarketRegime)(int)v).ToString())
            .ToDictionary(g => g.Key, g => (double)g.Count() / defined.Length, StringComparer.Ordinal);
    }

    /// <summary>A candlestick chart with the regimes shaded behind it.</summary>
    public static PlotlyFigure RegimeChart(CandleSeries series, FeatureFrame? regimes = null) =>
        RegimeShading.Add(CandleChart(series), RegimeSpans(regimes ?? Regimes(series)));

    private const string Undefined = "(warm-up)";

    private static FeatureFrame Compute(CandleSeries series, IFeatureSet set)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (columns, values) = FeatureSetRegistry.Compute([set], series);
        return new FeatureFrame(series, columns, values);
    }
}
