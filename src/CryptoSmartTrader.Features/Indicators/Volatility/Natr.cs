using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>Normalised ATR: 100 · ATR(period) / close, with Wilder's ATR as in <see cref="Atr"/>. Column <c>natr_{period}</c>; warm-up <c>period + 1</c>.</summary>
public sealed class Natr : Indicator
{
    private readonly int _period;
    private readonly AtrState _atr;

    public Natr(int period = 14)
        : base(IndicatorGuard.Period("natr", nameof(period), period) + 1, $"natr_{period}")
    {
        _period = period;
        _atr = new AtrState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _atr.Add(bar.High, bar.Low, bar.Close);
        Out[0] = 100.0 * _atr.Value / bar.Close;
    }

    protected override void OnReset() => _atr.Reset();

    protected override Indicator CreateFresh() => new Natr(_period);
}
