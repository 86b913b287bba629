namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Granville's on-balance volume: starts at 0 on the first bar, then adds the bar's volume when the close rises,
/// subtracts it when the close falls, and carries when unchanged. Column <c>obv</c>; warm-up 1.
/// </summary>
public sealed class Obv : Indicator
{
    private double _prev;
    private double _obv;
    private bool _seen;

    public Obv()
        : base(1, "obv")
    {
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _obv += bar.Close > _prev ? bar.Volume : bar.Close < _prev ? -bar.Volume : 0;
        }

        _seen = true;
        _prev = bar.Close;
        Out[0] = _obv;
    }

    protected override void OnReset()
    {
        _obv = _prev = 0;
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Obv();
}
