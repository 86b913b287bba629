using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// Folds a cell's equity, one trading step at a time, into what its metrics need — moments of the per-bar returns
/// (mean, M2, M3, M4), the downside sum, the drawdown and time in market — and the per-block moments CSCV needs, so a
/// cell never holds its return series. Returns are rᵢ = Eᵢ / Eᵢ₋₁ − 1 as in <see cref="ReturnMetrics.SimpleReturns"/>.
/// </summary>
internal sealed class EquityAccumulator
{
    private readonly BlockMoments[] _blocks;
    private readonly int _skip;
    private readonly int _blockLength;
    private readonly double[]? _equity;
    private double _prev = double.NaN;
    private long _n;
    private double _mean, _m2, _m3, _m4, _down;
    private double _peak = double.NegativeInfinity;
    private int _steps;
    private int _block, _inBlock; // (j − skip) / blockLength and its remainder, kept as counters instead of a 64-bit division per bar

    /// <param name="steps">Trading steps the cell will take (the returns are one fewer), known before the run.</param>
    public EquityAccumulator(int steps, int blocks, bool keepEquity)
    {
        var returns = Math.Max(0, steps - 1);
        _blockLength = returns / blocks;
        _skip = returns - _blockLength * blocks;
        _blocks = _blockLength >= 2 ? new BlockMoments[blocks] : [];
        _equity = keepEquity ? new double[steps] : null;
    }

    public double First { get; private set; } = double.NaN;
    public double Last => _prev;
    public double MaxDrawdown { get; private set; }
    public int InMarket { get; private set; }
    public int Steps => _steps;
    public long Returns => _n;
    public double Mean => _mean;
    public double StdDev => _n < 2 ? double.NaN : Math.Sqrt(_m2 / (_n - 1));
    public double Skewness => _m2 == 0 ? 0 : _m3 / _n / Math.Pow(_m2 / _n, 1.5);
    public double Kurtosis => _m2 == 0 ? 3 : _m4 / _n / (_m2 / _n * (_m2 / _n));
    public double DownsideDeviation => _n == 0 ? double.NaN : Math.Sqrt(_down / _n);

    /// <summary>Per-block moments for CSCV; empty when the run is too short for the blocks.</summary>
    public BlockMoments[] Blocks => _blocks;

    public double[]? Equity => _equity;

    public void Add(double equity, bool inMarket)
    {
        if (_equity is not null && _steps < _equity.Length) _equity[_steps] = equity;
        _steps++;
        if (inMarket) InMarket++;
        if (equity > _peak) _peak = equity;
        else if (_peak > 0) MaxDrawdown = Math.Max(MaxDrawdown, 1 - equity / _peak);
        if (double.IsNaN(_prev))
        {
            First = _prev = equity;
            return;
        }

        var r = _prev == 0 ? 0 : equity / _prev - 1;
        _prev = equity;
        var j = _n;
        // Terriberry's one-pass update of the central moments up to the fourth.
        var n1 = _n;
        _n++;
        var delta = r - _mean;
        var dn = delta / _n;
        var dn2 = dn * dn;
        var term1 = delta * dn * n1;
        _mean += dn;
        _m4 += term1 * dn2 * (_n * _n - 3 * _n + 3) + 6 * dn2 * _m2 - 4 * dn * _m3;
        _m3 += term1 * dn * (_n - 2) - 3 * dn * _m2;
        _m2 += term1;
        if (r < 0) _down += r * r;
        if (_blocks.Length > 0 && j >= _skip)
        {
            var b = _block;
            if (++_inBlock == _blockLength)
            {
                _inBlock = 0;
                _block++;
            }

            if (b < _blocks.Length) _blocks[b] = _blocks[b].Add(r);
        }
    }
}
