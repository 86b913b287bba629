using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Lambert's Commodity Channel Index: (TP − SMA(TP)) / (0.015 · mean absolute deviation of TP from that SMA) over
/// <c>period</c> bars, TP = (H + L + C)/3; 0 when the deviation is 0. Column <c>cci_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class Cci : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _tp;

    public Cci(int period = 20)
        : base(IndicatorGuard.Period("cci", nameof(period), period), $"cci_{period}")
    {
        _period = period;
        _tp = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var tp = bar.Typical;
        _tp.Push(tp);
        if (!_tp.IsFull)
        {
            return;
        }

        var mean = _tp.Sum / _period;
        double dev = 0;
        for (var a = 0; a < _period; a++)
        {
            dev += Math.Abs(_tp[a] - mean);
        }

        dev /= _period;
        Out[0] = dev > 0 ? (tp - mean) / (0.015 * dev) : 0;
    }

    protected override void OnReset() => _tp.Reset();

    protected override Indicator CreateFresh() => new Cci(_period);
}
