using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Ichimoku Kinko Hyo, as known at each bar (no look-ahead). Tenkan = (highest high + lowest low)/2 over <c>tenkan</c>
/// bars; kijun likewise over <c>kijun</c> bars. Senkou A and B are the values the chart plots <b>at</b> bar t: they were
/// computed <c>kijun</c> bars earlier ((tenkan + kijun)/2 and the <c>senkouB</c>-bar midpoint at t − kijun), so only
/// past data is used. The chikou span plots today's close <c>kijun</c> bars back; the feature is the gap it shows,
/// close[t] − close[t − kijun], which is known at t. Columns <c>ichimoku_tenkan_9, ichimoku_kijun_26,
/// ichimoku_senkou_a_9_26, ichimoku_senkou_b_52_26, ichimoku_chikou_26</c>; warm-up <c>senkouB + kijun</c>.
/// </summary>
public sealed class Ichimoku : Indicator
{
    private readonly int _tenkan;
    private readonly int _kijun;
    private readonly int _senkouB;
    private readonly RollingWindow _tenkanHigh;
    private readonly RollingWindow _tenkanLow;
    private readonly RollingWindow _kijunHigh;
    private readonly RollingWindow _kijunLow;
    private readonly RollingWindow _bHigh;
    private readonly RollingWindow _bLow;
    private readonly RollingWindow _spanA;
    private readonly RollingWindow _spanB;
    private readonly RollingWindow _closes;

    public Ichimoku(int tenkan = 9, int kijun = 26, int senkouB = 52)
        : base(IndicatorGuard.Period("ichimoku", nameof(senkouB), senkouB) + kijun,
            $"ichimoku_tenkan_{tenkan}", $"ichimoku_kijun_{kijun}", $"ichimoku_senkou_a_{tenkan}_{kijun}",
            $"ichimoku_senkou_b_{senkouB}_{kijun}", $"ichimoku_chikou_{kijun}")
    {
        IndicatorGuard.Period("ichimoku", nameof(tenkan), tenkan);
        IndicatorGuard.Period("ichimoku", nameof(kijun), kijun);
        _tenkan = tenkan;
        _kijun = kijun;
        _senkouB = senkouB;
        _tenkanHigh = new RollingWindow(tenkan);
        _tenkanLow = new RollingWindow(tenkan);
        _kijunHigh = new RollingWindow(kijun);
        _kijunLow = new RollingWindow(kijun);
        _bHigh = new RollingWindow(senkouB);
        _bLow = new RollingWindow(senkouB);
        _spanA = new RollingWindow(kijun + 1);
        _spanB = new RollingWindow(kijun + 1);
        _closes = new RollingWindow(kijun + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _tenkanHigh.Push(bar.High);
        _tenkanLow.Push(bar.Low);
        _kijunHigh.Push(bar.High);
        _kijunLow.Push(bar.Low);
        _bHigh.Push(bar.High);
        _bLow.Push(bar.Low);
        _closes.Push(bar.Close);
        var tenkan = (_tenkanHigh.Max() + _tenkanLow.Min()) / 2;
        var kijun = (_kijunHigh.Max() + _kijunLow.Min()) / 2;
        if (_kijunHigh.IsFull && _tenkanHigh.IsFull)
        {
            _spanA.Push((tenkan + kijun) / 2);
        }

        if (_bHigh.IsFull)
        {
            _spanB.Push((_bHigh.Max() + _bLow.Min()) / 2);
        }

        if (!_spanB.IsFull)
        {
            return;
        }

        Out[0] = tenkan;
        Out[1] = kijun;
        Out[2] = _spanA.Oldest;
        Out[3] = _spanB.Oldest;
        Out[4] = bar.Close - _closes.Oldest;
    }

    protected override void OnReset()
    {
        foreach (var w in new[] { _tenkanHigh, _tenkanLow, _kijunHigh, _kijunLow, _bHigh, _bLow, _spanA, _spanB, _closes })
        {
            w.Reset();
        }
    }

    protected override Indicator CreateFresh() => new Ichimoku(_tenkan, _kijun, _senkouB);
}
