namespace CryptoSmartTrader.Models.Uncertainty;

/// <summary>
/// Adaptive conformal inference (Gibbs &amp; Candès 2021): the working miscoverage α_t moves after each observed
/// outcome, α_{t+1} = α_t + γ(α − err_t), so long-run coverage stays near the target even when the residual
/// distribution drifts. Scores come from a rolling window of recent absolute residuals.
/// </summary>
public sealed class AdaptiveConformal
{
    private readonly Queue<double> _scores = new();
    private readonly int _window;
    private readonly double _gamma;
    private readonly double _target;

    public AdaptiveConformal(double level, double gamma = 0.005, int window = 1000, IEnumerable<double>? initialScores = null)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "adaptive conformal: level must be in (0, 1)");
        }

        if (!(gamma > 0 && gamma < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "adaptive conformal: gamma must be in (0, 1)");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(window, 10);
        _target = 1 - level;
        _gamma = gamma;
        _window = window;
        Alpha = _target;
        foreach (var s in initialScores ?? [])
        {
            AddScore(s);
        }
    }

    /// <summary>The current working miscoverage α_t.</summary>
    public double Alpha { get; private set; }

    /// <summary>The half-width to use for the next prediction; infinite until scores exist or when α_t ≤ 0.</summary>
    public double HalfWidth()
    {
        if (_scores.Count == 0 || Alpha <= 0)
        {
            return double.PositiveInfinity;
        }

        if (Alpha >= 1)
        {
            return 0;
        }

        var sorted = _scores.ToArray();
        Array.Sort(sorted);
        var k = (int)Math.Ceiling((sorted.Length + 1) * (1 - Alpha));
        return k > sorted.Length ? double.PositiveInfinity : sorted[Math.Max(k, 1) - 1];
    }

    /// <summary>Records the outcome of a prediction made with <paramref name="halfWidth"/> and updates α_t.</summary>
    public void Observe(double predicted, double actual, double halfWidth)
    {
        var residual = Math.Abs(actual - predicted);
        var miss = residual > halfWidth ? 1.0 : 0.0;
        Alpha += _gamma * (_target - miss);
        AddScore(residual);
    }

    private void AddScore(double score)
    {
        _scores.Enqueue(score);
        if (_scores.Count > _window)
        {
            _scores.Dequeue();
        }
    }
}
