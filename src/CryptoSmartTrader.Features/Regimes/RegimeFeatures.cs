using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Per-bar regime features: Hurst (R/S and DFA), realised volatility and its percentile, the rule-based regime label and
/// the walk-forward mixture model's regime probabilities (see <see cref="RegimeRules"/> and
/// <see cref="WalkForwardRegimeModel"/>). Every value at bar t uses bars ≤ t only; not-ready values are NaN.
/// </summary>
public sealed class RegimeFeatures
{
    public static readonly string[] ProbabilityNames =
        ["regime_p_trend_up", "regime_p_trend_down", "regime_p_ranging", "regime_p_vol_expansion", "regime_p_compression", "regime_p_crash"];

    private readonly RegimeOptions _options;

    public RegimeFeatures(RegimeOptions? options = null)
    {
        _options = options ?? new RegimeOptions();
        _options.Validate();
    }

    /// <summary>Lower-case column names, in the order of <see cref="Compute"/>'s columns.</summary>
    public IReadOnlyList<string> Columns =>
    [
        $"hurst_{_options.HurstWindow}", $"hurst_dfa_{_options.HurstWindow}", $"rv_{_options.VolatilityWindow}",
        $"rv_pct_{_options.VolatilityPercentileLookback}", "regime", "regime_gmm", .. ProbabilityNames,
    ];

    /// <summary>
    /// Column-major values (<c>result[column][bar]</c>). <paramref name="breadth"/> is optional market breadth aligned to the
    /// series' bars (from <c>CrossCoinFeatures</c>); pass an empty span when no universe is available.
    /// </summary>
    public double[][] Compute(CandleSeries series, ReadOnlySpan<double> breadth = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        var x = RegimeInputs.Compute(series, _options, breadth);
        var n = series.Count;
        var label = new double[n];
        var ruleLabels = new int[n];
        for (var t = 0; t < n; t++)
        {
            if (x.IsReady(t))
            {
                ruleLabels[t] = (int)RegimeRules.Classify(x, t, _options);
                label[t] = ruleLabels[t];
            }
            else
            {
                label[t] = double.NaN;
            }
        }

        var probs = WalkForwardRegimeModel.Probabilities(x, ruleLabels, _options);
        var gmmLabel = new double[n];
        for (var t = 0; t < n; t++)
        {
            gmmLabel[t] = double.NaN;
            if (double.IsNaN(probs[0][t])) continue;
            var best = 0;
            for (var r = 1; r < probs.Length; r++) if (probs[r][t] > probs[best][t]) best = r;
            gmmLabel[t] = best;
        }

        return [x.Hurst, x.HurstDfa, x.Rv, x.RvPct, label, gmmLabel, .. probs];
    }
}
