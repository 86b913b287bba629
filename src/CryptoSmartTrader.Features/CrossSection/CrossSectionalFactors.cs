using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// Raw per-symbol factors on a <see cref="UniversePanel"/> and their per-row cross-sectional ranks and z-scores across the
/// universe members. Every value at row t uses rows ≤ t only (rolling windows end at t; membership needs only the past).
/// Raw factors: momentum over each look-back, the last bar's return (reversal), volatility, log turnover, distance to
/// the rolling high, beta to the benchmark and residual momentum (momentum minus beta × the benchmark's momentum).
/// </summary>
public sealed class CrossSectionalFactors
{
    private readonly CrossSectionalOptions _o;

    public CrossSectionalFactors(CrossSectionalOptions? options = null)
    {
        _o = options ?? new CrossSectionalOptions();
        _o.Validate();
    }

    public CrossSectionalOptions Options => _o;

    /// <summary>Raw factor names, e.g. <c>mom_168</c>, <c>ret_1</c>, <c>vol_168</c>.</summary>
    public IReadOnlyList<string> FactorNames
    {
        get
        {
            var b = _o.BenchmarkBase.ToLowerInvariant();
            var names = _o.MomentumBars.Select(m => $"mom_{m}").ToList();
            names.Add("ret_1");
            names.Add($"vol_{_o.VolatilityBars}");
            names.Add($"turnover_{_o.TurnoverBars}");
            names.Add($"dist_high_{_o.HighBars}");
            names.Add($"beta_{b}_{_o.BetaBars}");
            names.Add($"resid_mom_{_o.ResidualMomentumBars}");
            return names;
        }
    }

    /// <summary>Feature columns: <c>xs_rank_F</c> and <c>xs_z_F</c> per factor, then <c>xs_members</c>.</summary>
    public IReadOnlyList<string> Columns =>
        FactorNames.Select(f => $"xs_rank_{f}").Concat(FactorNames.Select(f => $"xs_z_{f}")).Append("xs_members").ToArray();

    /// <summary><c>result[factor][symbol][row]</c>: raw factor values (NaN during warm-up or where bars are missing).</summary>
    public double[][][] RawFactors(UniversePanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var bi = BenchmarkIndex(panel);
        var n = panel.Symbols.Count;
        var close = panel.Closes.Close;
        var ret = panel.Closes.Returns;
        var names = FactorNames;
        var result = new double[names.Count][][];
        for (var f = 0; f < names.Count; f++) result[f] = new double[n][];
        var benchMom = Momentum(close[bi], _o.ResidualMomentumBars);
        for (var i = 0; i < n; i++)
        {
            var f = 0;
            foreach (var m in _o.MomentumBars) result[f++][i] = Momentum(close[i], m);
            result[f++][i] = (double[])ret[i].Clone();
            result[f++][i] = RollingWindows.StdDev(ret[i], _o.VolatilityBars, _o.MinObservations(_o.VolatilityBars));
            var logTurnover = panel.Turnover[i].Select(v => v > 0 ? Math.Log(v) : double.NaN).ToArray();
            result[f++][i] = RollingWindows.Mean(logTurnover, _o.TurnoverBars, _o.MinObservations(_o.TurnoverBars));
            var high = RollingWindows.Max(panel.High[i], _o.HighBars, _o.MinObservations(_o.HighBars));
            result[f++][i] = close[i].Select((c, t) => Math.Log(c / high[t])).ToArray();
            var beta = RollingWindows.Beta(ret[i], ret[bi], _o.BetaBars, _o.MinObservations(_o.BetaBars));
            result[f++][i] = beta;
            var mom = Momentum(close[i], _o.ResidualMomentumBars);
            result[f][i] = mom.Select((v, t) => v - beta[t] * benchMom[t]).ToArray();
        }

        return result;
    }

    /// <summary><c>result[column][symbol][row]</c> in <see cref="Columns"/> order; non-members are NaN.</summary>
    public double[][][] Compute(UniversePanel panel) => Compute(panel, RawFactors(panel));

    /// <summary>As <see cref="Compute(UniversePanel)"/> from factors already computed by <see cref="RawFactors"/> on the same panel.</summary>
    public double[][][] Compute(UniversePanel panel, double[][][] raw)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(raw);
        var n = panel.Symbols.Count;
        var rows = panel.Rows;
        var nf = raw.Length;
        var result = new double[2 * nf + 1][][];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = new double[n][];
            for (var i = 0; i < n; i++) result[c][i] = new double[rows];
        }

        var values = new double[n];
        var ranks = new double[n];
        var z = new double[n];
        for (var r = 0; r < rows; r++)
        {
            var members = panel.MembersAt(r);
            for (var i = 0; i < n; i++) result[2 * nf][i][r] = panel.Member[i][r] ? members : double.NaN;
            for (var f = 0; f < nf; f++)
            {
                RankRow(panel, raw[f], r, values, ranks, z);
                for (var i = 0; i < n; i++)
                {
                    result[f][i][r] = ranks[i];
                    result[nf + f][i][r] = z[i];
                }
            }
        }

        return result;
    }

    /// <summary>
    /// <c>result[column][symbol]</c> at one row only, equal to that row of <see cref="Compute(UniversePanel, double[][][])"/>:
    /// what a strategy needs at a bar close without ranking every earlier row again.
    /// </summary>
    public double[][] ComputeAt(UniversePanel panel, double[][][] raw, int row)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, panel.Rows);
        var n = panel.Symbols.Count;
        var nf = raw.Length;
        var result = new double[2 * nf + 1][];
        for (var c = 0; c < result.Length; c++) result[c] = new double[n];
        var members = panel.MembersAt(row);
        for (var i = 0; i < n; i++) result[2 * nf][i] = panel.Member[i][row] ? members : double.NaN;
        var values = new double[n];
        for (var f = 0; f < nf; f++) RankRow(panel, raw[f], row, values, result[f], result[nf + f]);
        return result;
    }

    // One factor's ranks and z-scores across the members at one row (non-members NaN); shared by the batch and the one-row path.
    private void RankRow(UniversePanel panel, double[][] factor, int r, double[] values, double[] ranks, double[] z)
    {
        for (var i = 0; i < values.Length; i++) values[i] = panel.Member[i][r] ? factor[i][r] : double.NaN;
        CrossSectionalTransform.Ranks(values, ranks, _o.MinMembers);
        CrossSectionalTransform.ZScores(values, z, _o.MinMembers);
    }

    public int BenchmarkIndex(UniversePanel panel)
    {
        for (var i = 0; i < panel.Symbols.Count; i++)
        {
            if (string.Equals(panel.Symbols[i].Base, _o.BenchmarkBase, StringComparison.OrdinalIgnoreCase)) return i;
        }

        throw new ArgumentException($"cross-sectional factors: the universe ({string.Join(", ", panel.Symbols)}) must hold the benchmark {_o.BenchmarkBase}");
    }

    private static double[] Momentum(double[] close, int bars)
    {
        var r = new double[close.Length];
        for (var t = 0; t < close.Length; t++) r[t] = t >= bars ? Math.Log(close[t] / close[t - bars]) : double.NaN;
        return r;
    }
}
