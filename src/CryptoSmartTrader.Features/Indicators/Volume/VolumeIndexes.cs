namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Fosback's negative and positive volume indexes, both starting at 1000 on the first bar: NVI compounds the close-to-close
/// return only on bars whose volume fell, PVI only on bars whose volume rose. Columns <c>nvi</c>, <c>pvi</c>; warm-up 1.
/// </summary>
public sealed class VolumeIndexes : Indicator
{
    private double _nvi = 1000;
    private double _pvi = 1000;
    private double _prevClose;
    private double _prevVolume;
    private bool _seen;

    public VolumeIndexes()
        : base(1, "nvi", "pvi")
    {
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            var ratio = bar.Close / _prevClose;
            if (bar.Volume < _prevVolume)
            {
                _nvi *= ratio;
            }
            else if (bar.Volume > _prevVolume)
            {
                _pvi *= ratio;
            }
        }

        _seen = true;
        _prevClose = bar.Close;
        _prevVolume = bar.Volume;
        Out[0] = _nvi;
        Out[1] = _pvi;
    }

    protected override void OnReset()
    {
        _nvi = _pvi = 1000;
        _seen = false;
    }

    protected override Indicator CreateFresh() => new VolumeIndexes();
}
