using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Chande's Aroon over the last <c>period + 1</c> bars: up = 100·(period − bars since the highest high)/period,
/// down likewise with the lowest low (ties count the most recent bar); oscillator = up − down.
/// Columns <c>aroon_up|aroon_down|aroon_osc_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Aroon : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    public Aroon(int period = 25)
        : base(IndicatorGuard.Period("aroon", nameof(period), period) + 1, $"aroon_up_{period}", $"aroon_down_{period}", $"aroon_osc_{period}")
    {
        _period = period;
        _highs = new RollingWindow(period + 1);
        _lows = new RollingWindow(period + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _highs.Push(bar.High);
        _lows.Push(bar.Low);
        if (!_highs.IsFull)
        {
            return;
        }

        var up = 100.0 * (_period - _highs.AgeOfMax()) / _period;
        var down = 100.0 * (_period - _lows.AgeOfMin()) / _period;
        Out[0] = up;
        Out[1] = down;
        Out[2] = up - down;
    }

    protected override void OnReset()
    {
        _highs.Reset();
        _lows.Reset();
    }

    protected override Indicator CreateFresh() => new Aroon(_period);
}
