using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Coppock curve: WMA(ROC(longRoc) + ROC(shortRoc), wma) with ROC in percent.
/// Column <c>coppock_{wma}_{longRoc}_{shortRoc}</c>; warm-up <c>longRoc + wma</c>.
/// </summary>
public sealed class Coppock : Indicator
{
    private readonly int _wma;
    private readonly int _longRoc;
    private readonly int _shortRoc;
    private readonly RollingWindow _closes;
    private readonly WmaState _smooth;

    public Coppock(int wma = 10, int longRoc = 14, int shortRoc = 11)
        : base(IndicatorGuard.Period("coppock", nameof(longRoc), longRoc) + IndicatorGuard.Period("coppock", nameof(wma), wma),
            $"coppock_{wma}_{longRoc}_{shortRoc}")
    {
        IndicatorGuard.Period("coppock", nameof(shortRoc), shortRoc);
        IndicatorGuard.Less("coppock", nameof(shortRoc), shortRoc, nameof(longRoc), longRoc);
        _wma = wma;
        _longRoc = longRoc;
        _shortRoc = shortRoc;
        _closes = new RollingWindow(longRoc + 1);
        _smooth = new WmaState(wma);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var c = bar.Close;
        _closes.Push(c);
        if (!_closes.IsFull)
        {
            return;
        }

        var roc = 100.0 * (c / _closes.Oldest - 1.0) + 100.0 * (c / _closes[_shortRoc] - 1.0);
        if (_smooth.Add(roc))
        {
            Out[0] = _smooth.Value;
        }
    }

    protected override void OnReset()
    {
        _closes.Reset();
        _smooth.Reset();
    }

    protected override Indicator CreateFresh() => new Coppock(_wma, _longRoc, _shortRoc);
}
