using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Dreiss' choppiness index: 100·log10(Σ TR / (HH − LL)) / log10(period) over the last <c>period</c> bars (TR needs the
/// previous close); 100 when HH = LL. Column <c>chop_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class ChoppinessIndex : Indicator
{
    private readonly int _period;
    private readonly double _logPeriod;
    private readonly RollingWindow _tr;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;
    private double _prevClose;
    private bool _seen;

    public ChoppinessIndex(int period = 14)
        : base(IndicatorGuard.Period("chop", nameof(period), period, 2) + 1, $"chop_{period}")
    {
        _period = period;
        _logPeriod = Math.Log10(period);
        _tr = new RollingWindow(period);
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _highs.Push(bar.High);
        _lows.Push(bar.Low);
        if (_seen)
        {
            _tr.Push(AtrState.TrueRange(bar.High, bar.Low, _prevClose));
            var range = _highs.Max() - _lows.Min();
            Out[0] = range > 0 ? 100.0 * Math.Log10(_tr.Sum / range) / _logPeriod : 100.0;
        }

        _seen = true;
        _prevClose = bar.Close;
    }

    protected override void OnReset()
    {
        _tr.Reset();
        _highs.Reset();
        _lows.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new ChoppinessIndex(_period);
}
