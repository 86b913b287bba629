using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Kaufman's adaptive moving average. Efficiency ratio ER = |C − C[−period]| / Σ|ΔC| over <c>period</c> changes
/// (0 when the market did not move); smoothing sc = (ER·(2/(fast+1) − 2/(slow+1)) + 2/(slow+1))²;
/// KAMA = KAMA[−1] + sc·(C − KAMA[−1]), seeded with the close of bar <c>period − 1</c>.
/// Column <c>kama_{period}_{fast}_{slow}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Kama : Indicator
{
    private readonly int _period;
    private readonly int _fast;
    private readonly int _slow;
    private readonly double _fastSc;
    private readonly double _slowSc;
    private readonly RollingWindow _closes;
    private readonly RollingWindow _changes;
    private double _kama;

    public Kama(int period = 10, int fast = 2, int slow = 30)
        : base(IndicatorGuard.Period("kama", nameof(period), period) + 1, $"kama_{period}_{fast}_{slow}")
    {
        IndicatorGuard.Period("kama", nameof(fast), fast);
        IndicatorGuard.Period("kama", nameof(slow), slow);
        IndicatorGuard.Less("kama", nameof(fast), fast, nameof(slow), slow);
        _period = period;
        _fast = fast;
        _slow = slow;
        _fastSc = 2.0 / (fast + 1);
        _slowSc = 2.0 / (slow + 1);
        _closes = new RollingWindow(period + 1);
        _changes = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var c = bar.Close;
        if (_closes.Count > 0)
        {
            _changes.Push(Math.Abs(c - _closes[0]));
        }

        _closes.Push(c);
        if (!_closes.IsFull)
        {
            _kama = c;
            return;
        }

        var volatility = _changes.Sum;
        var er = volatility > 0 ? Math.Abs(c - _closes.Oldest) / volatility : 0;
        var sc = er * (_fastSc - _slowSc) + _slowSc;
        sc *= sc;
        _kama += sc * (c - _kama);
        Out[0] = _kama;
    }

    protected override void OnReset()
    {
        _closes.Reset();
        _changes.Reset();
        _kama = 0;
    }

    protected override Indicator CreateFresh() => new Kama(_period, _fast, _slow);
}
