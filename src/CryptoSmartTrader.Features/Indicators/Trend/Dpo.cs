using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Detrended price oscillator, trailing form (no centring, hence no look-ahead): C[t − (⌊period/2⌋ + 1)] − SMA(close, period)[t].
/// Column <c>dpo_{period}</c>; warm-up <c>max(period, ⌊period/2⌋ + 2)</c>.
/// </summary>
public sealed class Dpo : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _sma;
    private readonly RollingWindow _closes;

    public Dpo(int period = 20)
        : base(Math.Max(IndicatorGuard.Period("dpo", nameof(period), period), period / 2 + 2), $"dpo_{period}")
    {
        _period = period;
        _sma = new RollingWindow(period);
        _closes = new RollingWindow(period / 2 + 2);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _sma.Push(bar.Close);
        _closes.Push(bar.Close);
        if (_sma.IsFull && _closes.IsFull)
        {
            Out[0] = _closes.Oldest - _sma.Sum / _period;
        }
    }

    protected override void OnReset()
    {
        _sma.Reset();
        _closes.Reset();
    }

    protected override Indicator CreateFresh() => new Dpo(_period);
}
