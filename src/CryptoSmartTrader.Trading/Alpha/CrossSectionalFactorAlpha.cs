using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A rule alpha that ranks the universe at each bar close by one plain cross-sectional factor — the past log return over
/// <see cref="CrossSectionalFactorOptions.LookbackBars"/> (momentum), or minus it (reversal) — among the symbols that have
/// a bar now and a full look-back. Direction = 2 × normalised rank − 1 in [−1, 1] (best +1, worst −1), so a
/// <c>top-k</c> construction ranks on it; symbols without a return get no view. Only closes up to this bar are used.
/// Ring buffers and preallocated sort arrays: no allocation per bar.
/// </summary>
public sealed class CrossSectionalFactorAlpha : IAlphaModel
{
    private readonly CrossSectionalFactorOptions _o;
    private readonly double[][] _ring;
    private readonly int[] _count;
    private readonly int[] _pos;
    private readonly double[] _keys;
    private readonly int[] _items;
    private readonly double _sign;

    public CrossSectionalFactorAlpha(int symbols, CrossSectionalFactorOptions? options = null)
    {
        _o = options ?? new CrossSectionalFactorOptions();
        _o.Validate();
        _ring = new double[symbols][];
        for (var i = 0; i < symbols; i++) _ring[i] = new double[_o.LookbackBars + 1];
        _count = new int[symbols];
        _pos = new int[symbols];
        _keys = new double[symbols];
        _items = new int[symbols];
        _sign = _o.Factor == CrossSectionalFactorOptions.Momentum ? 1 : -1;
        Name = $"xs-{_o.Factor}({_o.LookbackBars})";
    }

    public string Name { get; }

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        var n = 0;
        for (var i = 0; i < insights.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            var past = Push(i, context.BarOf(i).Close);
            if (double.IsNaN(past))
            {
                insights[i] = default;
                continue;
            }

            _keys[n] = _sign * past;
            _items[n] = i;
            n++;
        }

        if (n < _o.MinSymbols)
        {
            for (var k = 0; k < n; k++) insights[_items[k]] = default;
            return;
        }

        Array.Sort(_keys, _items, 0, n);
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && _keys[end + 1] == _keys[start]) end++;
            var rank = (start + end) / 2.0 / (n - 1); // average rank of a tie block, in [0, 1]
            for (var k = start; k <= end; k++) insights[_items[k]] = new AlphaInsight(2 * rank - 1, _o.Confidence, _o.PayoffRatio, 0, ReasonTag.Rule);
            start = end + 1;
        }
    }

    /// <summary>Stores the close and returns ln(close / close LookbackBars bars ago), NaN until the look-back is full.</summary>
    private double Push(int i, double close)
    {
        var ring = _ring[i];
        var pos = _pos[i];
        ring[pos] = close;
        _pos[i] = pos + 1 == ring.Length ? 0 : pos + 1;
        _count[i]++;
        // Once LookbackBars + 1 closes are in, the next slot holds the close from LookbackBars bars ago.
        return _count[i] >= ring.Length ? Math.Log(close / ring[_pos[i]]) : double.NaN;
    }
}
