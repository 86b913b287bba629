using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>Wilder's true range max(H − L, |H − Cprev|, |L − Cprev|). Column <c>tr</c>; warm-up 2 bars (needs the previous close).</summary>
public sealed class TrueRange : Indicator
{
    private double _prevClose;
    private bool _seen;

    public TrueRange()
        : base(2, "tr")
    {
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            Out[0] = AtrState.TrueRange(bar.High, bar.Low, _prevClose);
        }

        _seen = true;
        _prevClose = bar.Close;
    }

    protected override void OnReset() => _seen = false;

    protected override Indicator CreateFresh() => new TrueRange();
}
