namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// EWMA means, variances and covariances of per-bar returns, for the correlation-spike trigger. O(n²) per step,
/// so the kernel runs it only when the trigger is enabled and the universe has enough symbols.
/// </summary>
internal sealed class CorrelationMonitor
{
    private readonly double _lambda;
    private readonly double[] _mean;
    private readonly double[,] _cov;
    private readonly int[] _count;

    public CorrelationMonitor(int symbols, double lambda = 0.94)
    {
        _lambda = lambda;
        _mean = new double[symbols];
        _cov = new double[symbols, symbols];
        _count = new int[symbols];
    }

    /// <summary>Folds in one step's returns (NaN = no bar for that symbol) and returns the average pairwise correlation and pair count.</summary>
    public (double Average, int Symbols) Update(ReadOnlySpan<double> returns, int warmup)
    {
        var n = _mean.Length;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(returns[i])) continue;
            _count[i]++;
            _mean[i] = _count[i] == 1 ? returns[i] : _lambda * _mean[i] + (1 - _lambda) * returns[i];
        }

        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(returns[i])) continue;
            var di = returns[i] - _mean[i];
            for (var j = i; j < n; j++)
            {
                if (double.IsNaN(returns[j])) continue;
                var dj = returns[j] - _mean[j];
                _cov[i, j] = _lambda * _cov[i, j] + (1 - _lambda) * di * dj;
            }
        }

        double sum = 0;
        int pairs = 0, ready = 0;
        for (var i = 0; i < n; i++)
        {
            if (_count[i] < warmup) continue;
            ready++;
            for (var j = i + 1; j < n; j++)
            {
                if (_count[j] < warmup) continue;
                var d = Math.Sqrt(_cov[i, i] * _cov[j, j]);
                if (d > 0)
                {
                    sum += _cov[i, j] / d;
                    pairs++;
                }
            }
        }

        return (pairs > 0 ? sum / pairs : double.NaN, ready);
    }
}
