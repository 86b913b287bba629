using System.Globalization;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// One row of a signal event study: the spot series' forward log return over <see cref="Horizon"/> bars after every row where
/// signal <see cref="Column"/> equals <see cref="Value"/>. The return is measured from the row's close, so it uses later bars on
/// purpose (it is the outcome, never a feature). Rows whose window would cross a missing bar are left out. <see cref="Onsets"/>
/// counts runs of the value (consecutive flagged bars are one event), the honest sample size; overlapping windows make the
/// standard error optimistic, which the verdict says. Below <see cref="MinOnsets"/> events the verdict is "no conclusion".
/// </summary>
public sealed record DerivativesSignalStudy(string Column, int Horizon, int Value, int Rows, int Onsets, double MeanBp, double StdErrorBp, string Verdict)
{
    /// <summary>Fewer independent events than this support no conclusion about a signal value.</summary>
    public const int MinOnsets = 30;

    internal static IReadOnlyList<DerivativesSignalStudy> Run(FeatureFrame frame, string column, int[] horizons)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(horizons);
        if (horizons.Length == 0 || horizons.Any(h => h < 1))
        {
            throw new ArgumentException($"signal study: expected one or more horizons of at least 1 bar, got [{string.Join(", ", horizons)}]", nameof(horizons));
        }

        var signal = frame[column];
        var s = frame.Series;
        var close = s.Close;
        var closeMs = s.CloseTimeMs;
        var barMs = s.Timeframe.DurationMs;
        var result = new List<DerivativesSignalStudy>();
        foreach (var h in horizons)
        {
            var groups = new SortedDictionary<int, (List<double> Returns, int Onsets)>();
            for (var i = 0; i + h < s.Count; i++)
            {
                if (!double.IsFinite(signal[i]) || closeMs[i + h] - closeMs[i] != h * barMs)
                {
                    continue;
                }

                var value = (int)signal[i];
                var onset = i == 0 || !double.IsFinite(signal[i - 1]) || (int)signal[i - 1] != value;
                var (returns, onsets) = groups.TryGetValue(value, out var g) ? g : ([], 0);
                returns.Add(Math.Log(close[i + h] / close[i]) * 1e4);
                groups[value] = (returns, onsets + (onset ? 1 : 0));
            }

            var baseline = groups.TryGetValue(0, out var b) ? Stats(b.Returns) : (double.NaN, double.NaN);
            foreach (var (value, (returns, onsets)) in groups)
            {
                var (mean, se) = Stats(returns);
                result.Add(new DerivativesSignalStudy(column, h, value, returns.Count, onsets, mean, se, VerdictOf(value, onsets, mean, se, baseline)));
            }

            if (!groups.Keys.Any(v => v != 0))
            {
                result.Add(new DerivativesSignalStudy(column, h, 1, 0, 0, double.NaN, double.NaN,
                    groups.Count == 0 ? "signal never defined on this window: no data, no conclusion" : "signal never fired on this window: no conclusion"));
            }
        }

        return result;
    }

    private static string VerdictOf(int value, int onsets, double mean, double se, (double Mean, double Se) baseline)
    {
        if (value == 0)
        {
            return "baseline (no event)";
        }

        if (onsets < MinOnsets)
        {
            return $"too few events ({onsets} < {MinOnsets}): no conclusion";
        }

        var t = (mean - baseline.Mean) / Math.Sqrt((se * se) + (baseline.Se * baseline.Se));
        return double.IsFinite(t)
            ? $"vs baseline t = {t.ToString("F1", CultureInfo.InvariantCulture)} (overlapping windows overstate |t|)"
            : "no baseline to compare with: no conclusion";
    }

    private static (double Mean, double Se) Stats(List<double> x)
    {
        if (x.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var mean = x.Average();
        if (x.Count < 2)
        {
            return (mean, double.NaN);
        }

        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1));
        return (mean, sd / Math.Sqrt(x.Count));
    }
}
