using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.CrossCoin;

/// <summary>
/// Cross-coin features of one target symbol against a universe aligned in a <see cref="CrossSectionPanel"/>. Every value at
/// row t uses rows ≤ t only; missing bars stay missing (see the panel) and make the features that need them NaN.
/// </summary>
public sealed class CrossCoinFeatures
{
    private readonly CrossCoinOptions _o;

    public CrossCoinFeatures(CrossCoinOptions? options = null)
    {
        _o = options ?? new CrossCoinOptions();
        _o.Validate();
    }

    public IReadOnlyList<string> Columns
    {
        get
        {
            var b = _o.BenchmarkBase.ToLowerInvariant();
            var w = _o.CorrelationWindow;
            var cols = new List<string>
            {
                $"corr_{b}_{w}", $"corr_universe_{w}", $"beta_{b}_{w}", $"corr_{b}_lag1_{w}", $"rs_rank_{_o.RelativeStrengthLookback}",
                $"breadth_{_o.BreadthMaWindow}", "dispersion", "universe_n",
            };
            for (var k = 1; k <= _o.LeadLags; k++) cols.Add($"{b}_ret_lag_{k}");
            return cols;
        }
    }

    /// <summary>Features at each of <paramref name="target"/>'s bars (<c>result[column][bar]</c>).</summary>
    public double[][] Compute(CrossSectionPanel panel, CandleSeries target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var rows = ComputeRows(panel, target.Symbol);
        var times = target.CloseTimeMs;
        var result = new double[rows.Length][];
        for (var c = 0; c < rows.Length; c++) result[c] = new double[times.Length];
        for (var b = 0; b < times.Length; b++)
        {
            var r = panel.RowOf(times[b]);
            if (r < 0)
                throw new ArgumentException($"cross-coin: {target.Symbol} bar closing at {DateTimeOffset.FromUnixTimeMilliseconds(times[b]):O} is not on the panel's grid", nameof(target));
            for (var c = 0; c < rows.Length; c++) result[c][b] = rows[c][r];
        }

        return result;
    }

    /// <summary>Features at every panel row (<c>result[column][row]</c>).</summary>
    public double[][] ComputeRows(CrossSectionPanel panel, Symbol target)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var ti = panel.IndexOf(target);
        if (ti < 0) throw new ArgumentException($"cross-coin: target {target} is not in the panel ({string.Join(", ", panel.Symbols)})", nameof(target));
        var bi = BenchmarkIndex(panel);
        var n = panel.Rows;
        var y = panel.Returns[ti];
        var bench = panel.Returns[bi];
        var index = EqualWeightIndex(panel);
        var cols = Columns.Select(_ => new double[n]).ToArray();
        var breadth = Breadth(panel);
        for (var t = 0; t < n; t++)
        {
            var (cb, beta) = RollingPairStatistics.At(y, bench, t, _o.CorrelationWindow, _o.MinObservations);
            cols[0][t] = cb;
            cols[1][t] = RollingPairStatistics.At(y, index.Return, t, _o.CorrelationWindow, _o.MinObservations).Correlation;
            cols[2][t] = beta;
            cols[3][t] = RollingPairStatistics.At(y, bench, t, _o.CorrelationWindow, _o.MinObservations, xLag: 1).Correlation;
            cols[4][t] = RelativeStrengthRank(panel, ti, t);
            cols[5][t] = breadth[t];
            cols[6][t] = index.Dispersion[t];
            cols[7][t] = index.Count[t];
            for (var k = 1; k <= _o.LeadLags; k++) cols[7 + k][t] = t >= k ? bench[t - k] : double.NaN;
        }

        return cols;
    }

    /// <summary>
    /// Share of symbols whose close is above their simple moving average of the last BreadthMaWindow rows; a symbol counts
    /// only when all those closes exist. NaN when fewer than two symbols qualify.
    /// </summary>
    public double[] Breadth(CrossSectionPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var n = panel.Rows;
        var w = _o.BreadthMaWindow;
        var above = new int[n];
        var eligible = new int[n];
        foreach (var close in panel.Close)
        {
            double sum = 0;
            var missing = 0;
            for (var t = 0; t < n; t++)
            {
                if (double.IsNaN(close[t])) missing++; else sum += close[t];
                if (t >= w)
                {
                    if (double.IsNaN(close[t - w])) missing--; else sum -= close[t - w];
                }

                if (t >= w - 1 && missing == 0)
                {
                    eligible[t]++;
                    if (close[t] > sum / w) above[t]++;
                }
            }
        }

        var breadth = new double[n];
        for (var t = 0; t < n; t++) breadth[t] = eligible[t] >= 2 ? (double)above[t] / eligible[t] : double.NaN;
        return breadth;
    }

    private int BenchmarkIndex(CrossSectionPanel panel)
    {
        for (var i = 0; i < panel.Symbols.Count; i++)
        {
            if (string.Equals(panel.Symbols[i].Base, _o.BenchmarkBase, StringComparison.OrdinalIgnoreCase)) return i;
        }

        throw new ArgumentException($"cross-coin: the benchmark {_o.BenchmarkBase} is not in the panel ({string.Join(", ", panel.Symbols)})", nameof(panel));
    }

    private static (double[] Return, double[] Dispersion, double[] Count) EqualWeightIndex(CrossSectionPanel panel)
    {
        var n = panel.Rows;
        var ret = new double[n];
        var disp = new double[n];
        var count = new double[n];
        for (var t = 0; t < n; t++)
        {
            double sum = 0, ss = 0;
            var k = 0;
            foreach (var r in panel.Returns)
            {
                if (double.IsNaN(r[t])) continue;
                sum += r[t];
                k++;
            }

            count[t] = k;
            var mean = k > 0 ? sum / k : double.NaN;
            foreach (var r in panel.Returns)
            {
                if (!double.IsNaN(r[t])) ss += (r[t] - mean) * (r[t] - mean);
            }

            ret[t] = k >= 2 ? mean : double.NaN;
            disp[t] = k >= 2 ? Math.Sqrt(ss / k) : double.NaN;
        }

        return (ret, disp, count);
    }

    private double RelativeStrengthRank(CrossSectionPanel panel, int target, int t)
    {
        var l = _o.RelativeStrengthLookback;
        if (t < l) return double.NaN;
        double Strength(double[] c) => Math.Log(c[t] / c[t - l]);
        var mine = Strength(panel.Close[target]);
        if (double.IsNaN(mine)) return double.NaN;
        int below = 0, equal = 0, total = 0;
        foreach (var c in panel.Close)
        {
            var s = Strength(c);
            if (double.IsNaN(s)) continue;
            total++;
            if (s < mine) below++; else if (s == mine) equal++;
        }

        // Percentile rank with ties at their average position: 0 = weakest, 1 = strongest.
        return total >= 2 ? (below + (equal - 1) / 2.0) / (total - 1) : double.NaN;
    }
}
