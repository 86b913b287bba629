using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Construction;

/// <summary>
/// A cross-sectional book: ranks the symbols with a view by signed conviction (direction × confidence; for a model alpha
/// this orders by P(up)), goes long the top k and, when <see cref="TopKConstructionOptions.LongShort"/>, short the bottom k
/// (equal weights, half the gross budget each side: dollar-neutral), else long-only with the whole budget. A held name
/// keeps its place while ranked within k + hold band (fewer trades); the book is rebuilt every
/// <see cref="TopKConstructionOptions.RebalanceBars"/> calls and repeated in between. Symbols without a view are NaN
/// ("keep"), as for every construction model; the sizer then caps each name (vol-target sizing scales by volatility).
/// </summary>
public sealed class TopKConstruction : IPortfolioConstructionModel
{
    private readonly TopKConstructionOptions _o;
    private double[] _held = [];
    private int _calls;

    public TopKConstruction(TopKConstructionOptions? options = null)
    {
        _o = options ?? new TopKConstructionOptions();
        _o.Validate();
    }

    public TopKConstructionOptions Options => _o;

    public void CreateTargets(ReadOnlySpan<AlphaInsight> insights, Span<double> weights)
    {
        if (_held.Length != insights.Length) _held = new double[insights.Length];
        var rebuild = _calls++ % _o.RebalanceBars == 0;
        if (rebuild) Rebuild(insights);
        for (var i = 0; i < insights.Length; i++) weights[i] = insights[i].HasView ? _held[i] : double.NaN;
    }

    private void Rebuild(ReadOnlySpan<AlphaInsight> insights)
    {
        var order = new List<int>(insights.Length);
        var score = new double[insights.Length];
        for (var i = 0; i < insights.Length; i++)
        {
            if (!insights[i].HasView) continue;
            score[i] = insights[i].Direction * insights[i].Confidence;
            order.Add(i);
        }

        order.Sort((a, b) => score[b] != score[a] ? score[b].CompareTo(score[a]) : a.CompareTo(b)); // best first, ties by slot
        var next = new double[insights.Length];
        if (_o.LongShort)
        {
            var k = Math.Min(_o.K, order.Count / 2);
            if (k > 0)
            {
                var longs = Pick(order, k, longSide: true, exclude: null);
                foreach (var i in longs) next[i] = _o.GrossBudget / 2 / k;
                order.Reverse();
                foreach (var i in Pick(order, k, longSide: false, exclude: [.. longs])) next[i] = -_o.GrossBudget / 2 / k;
            }
        }
        else
        {
            var k = Math.Min(_o.K, order.Count);
            foreach (var i in Pick(order, k, longSide: true, exclude: null)) next[i] = _o.GrossBudget / k;
        }

        for (var i = 0; i < next.Length; i++)
        {
            // A symbol without a view keeps what it had (the kernel leaves NaN slots alone).
            if (insights[i].HasView) _held[i] = next[i];
        }
    }

    private List<int> Pick(List<int> order, int k, bool longSide, HashSet<int>? exclude)
    {
        var chosen = new HashSet<int>();
        var limit = Math.Min(order.Count, k + _o.HoldBand);
        for (var p = 0; p < limit && chosen.Count < k; p++)
        {
            var i = order[p];
            if ((longSide ? _held[i] > 0 : _held[i] < 0) && exclude?.Contains(i) != true) chosen.Add(i);
        }

        for (var p = 0; p < order.Count && chosen.Count < k; p++)
        {
            if (exclude?.Contains(order[p]) != true) chosen.Add(order[p]);
        }

        return [.. chosen];
    }
}
