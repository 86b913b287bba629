using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Pring's Know Sure Thing with the classic parameters: ROC(10), ROC(15), ROC(20), ROC(30) (percent) smoothed by SMA(10),
/// SMA(10), SMA(10), SMA(15) and weighted 1, 2, 3, 4; signal = SMA(KST, 9).
/// Columns <c>kst_10_15_20_30</c> and <c>kst_signal_10_15_20_30_9</c>; warm-up 53.
/// </summary>
public sealed class Kst : Indicator
{
    private static readonly int[] RocPeriods = [10, 15, 20, 30];
    private static readonly int[] SmaPeriods = [10, 10, 10, 15];
    private const int SignalPeriod = 9;
    private readonly RollingWindow _closes = new(31);
    private readonly RollingWindow[] _smas = [new(10), new(10), new(10), new(15)];
    private readonly RollingWindow _signal = new(SignalPeriod);

    public Kst()
        : base(30 + 15 - 1 + SignalPeriod, "kst_10_15_20_30", "kst_signal_10_15_20_30_9")
    {
    }

    protected override void Step(in OhlcvBar bar)
    {
        var c = bar.Close;
        _closes.Push(c);
        var kst = 0.0;
        var ready = true;
        for (var i = 0; i < 4; i++)
        {
            if (_closes.Count <= RocPeriods[i])
            {
                ready = false;
                continue;
            }

            _smas[i].Push(100.0 * (c / _closes[RocPeriods[i]] - 1.0));
            ready &= _smas[i].IsFull;
            kst += (i + 1) * _smas[i].Sum / SmaPeriods[i];
        }

        if (!ready)
        {
            return;
        }

        _signal.Push(kst);
        Out[0] = kst;
        Out[1] = _signal.Sum / SignalPeriod;
    }

    protected override void OnReset()
    {
        _closes.Reset();
        foreach (var s in _smas)
        {
            s.Reset();
        }

        _signal.Reset();
    }

    protected override Indicator CreateFresh() => new Kst();
}
