namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Wilder's Parabolic SAR. The value at bar t is the stop for bar t+1, computed from bars up to t only.
/// Start (bar 1): long when H1 − H0 ≥ L0 − L1 (+DM ≥ −DM), with SAR = min(L0, L1) and EP = max(H0, H1); short
/// symmetrically. Each later bar: a long reverses when L ≤ SAR (new SAR = the old EP, EP = L, AF = step); otherwise a new
/// high raises EP and AF by <c>step</c> up to <c>max</c>; then SAR += AF·(EP − SAR), capped at the last two lows
/// (highs for shorts). Columns <c>psar_{step}_{max}</c> and <c>psar_dir_{step}_{max}</c> (+1 long, −1 short); warm-up 2.
/// </summary>
public sealed class ParabolicSar : Indicator
{
    private readonly double _step;
    private readonly double _max;
    private int _count;
    private bool _long;
    private double _sar;
    private double _ep;
    private double _af;
    private double _h1;
    private double _l1;

    public ParabolicSar(double step = 0.02, double max = 0.2)
        : base(2, $"psar_{P(step)}_{P(max)}", $"psar_dir_{P(step)}_{P(max)}")
    {
        IndicatorGuard.Positive("psar", nameof(step), step);
        IndicatorGuard.Positive("psar", nameof(max), max);
        if (step > max)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"psar: step ({step}) must not exceed max ({max})");
        }

        _step = step;
        _max = max;
    }

    protected override void Step(in OhlcvBar bar)
    {
        double h = bar.High, l = bar.Low;
        if (_count++ == 0)
        {
            (_h1, _l1) = (h, l);
            return;
        }

        if (_count == 2)
        {
            _long = h - _h1 >= _l1 - l;
            _sar = _long ? Math.Min(_l1, l) : Math.Max(_h1, h);
            _ep = _long ? Math.Max(_h1, h) : Math.Min(_l1, l);
            _af = _step;
        }
        else if (_long)
        {
            if (l <= _sar)
            {
                _long = false;
                _sar = Math.Max(_ep, Math.Max(h, _h1));
                _ep = l;
                _af = _step;
            }
            else
            {
                if (h > _ep)
                {
                    _ep = h;
                    _af = Math.Min(_af + _step, _max);
                }

                _sar = Math.Min(_sar + _af * (_ep - _sar), Math.Min(l, _l1));
            }
        }
        else
        {
            if (h >= _sar)
            {
                _long = true;
                _sar = Math.Min(_ep, Math.Min(l, _l1));
                _ep = h;
                _af = _step;
            }
            else
            {
                if (l < _ep)
                {
                    _ep = l;
                    _af = Math.Min(_af + _step, _max);
                }

                _sar = Math.Max(_sar + _af * (_ep - _sar), Math.Max(h, _h1));
            }
        }

        (_h1, _l1) = (h, l);
        Out[0] = _sar;
        Out[1] = _long ? 1 : -1;
    }

    protected override void OnReset()
    {
        _count = 0;
        _long = false;
        _sar = _ep = _af = _h1 = _l1 = 0;
    }

    protected override Indicator CreateFresh() => new ParabolicSar(_step, _max);
}
