using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A rule alpha for tests and benchmarks: long while the fast simple moving average of closes is above the slow one,
/// flat (or short when <see cref="SmaCrossOptions.AllowShort"/>) otherwise; no view until the slow window is full.
/// Rolling sums in ring buffers: O(1) per bar, no allocation.
/// </summary>
public sealed class SmaCrossAlphaModel : IAlphaModel
{
    private readonly SmaCrossOptions _options;
    private readonly double[][] _ring;
    private readonly int[] _count;
    private readonly int[] _pos;
    private readonly double[] _fastSum;
    private readonly double[] _slowSum;

    public SmaCrossAlphaModel(int symbols, SmaCrossOptions? options = null)
    {
        _options = options ?? new SmaCrossOptions();
        _options.Validate();
        _ring = new double[symbols][];
        for (var i = 0; i < symbols; i++) _ring[i] = new double[_options.Slow];
        _count = new int[symbols];
        _pos = new int[symbols];
        _fastSum = new double[symbols];
        _slowSum = new double[symbols];
        Name = $"sma-cross({_options.Fast},{_options.Slow})";
    }

    public string Name { get; }

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length; i++)
        {
            if (context.HasBar(i)) insights[i] = Step(i, context.BarOf(i).Close);
        }
    }

    /// <summary>Feeds one close for symbol <paramref name="i"/> and returns the insight after it.</summary>
    public AlphaInsight Step(int i, double close)
    {
        var fast = _options.Fast;
        var slow = _options.Slow;
        var ring = _ring[i];
        var n = _count[i];
        var pos = _pos[i];
        if (n >= slow) _slowSum[i] -= ring[pos];
        if (n >= fast)
        {
            var old = pos - fast;
            _fastSum[i] -= ring[old < 0 ? old + slow : old];
        }

        ring[pos] = close;
        _pos[i] = pos + 1 == slow ? 0 : pos + 1;
        _slowSum[i] += close;
        _fastSum[i] += close;
        _count[i] = n + 1;
        if (n + 1 < slow) return default;

        var up = _fastSum[i] / fast > _slowSum[i] / slow;
        var direction = up ? 1.0 : _options.AllowShort ? -1.0 : 0.0;
        return new AlphaInsight(direction, _options.Confidence, _options.PayoffRatio, 0, ReasonTag.Rule);
    }
}
