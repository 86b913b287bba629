using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Hull moving average: WMA(2·WMA(close, ⌊period/2⌋) − WMA(close, period), ⌊√period⌋).
/// Column <c>hma_{period}</c>; warm-up <c>period + ⌊√period⌋ − 1</c>.
/// </summary>
public sealed class Hma : Indicator
{
    private readonly int _period;
    private readonly WmaState _half;
    private readonly WmaState _full;
    private readonly WmaState _outer;

    public Hma(int period = 20)
        : base(IndicatorGuard.Period("hma", nameof(period), period, 2) + (int)Math.Sqrt(period) - 1, $"hma_{period}")
    {
        _period = period;
        _half = new WmaState(period / 2);
        _full = new WmaState(period);
        _outer = new WmaState((int)Math.Sqrt(period));
    }

    protected override void Step(in OhlcvBar bar)
    {
        _half.Add(bar.Close);
        if (_full.Add(bar.Close) && _outer.Add(2 * _half.Value - _full.Value))
        {
            Out[0] = _outer.Value;
        }
    }

    protected override void OnReset()
    {
        _half.Reset();
        _full.Reset();
        _outer.Reset();
    }

    protected override Indicator CreateFresh() => new Hma(_period);
}
