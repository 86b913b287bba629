using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Statistics;

/// <summary>
/// Rolling skewness of 1-bar log returns over <c>period</c> returns, population moments m3 / m2^1.5 computed exactly over
/// the window (0 when m2 = 0). Column <c>skew_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Skewness : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _returns;
    private double _prev;
    private bool _seen;

    public Skewness(int period = 30)
        : base(IndicatorGuard.Period("skew", nameof(period), period, 3) + 1, $"skew_{period}")
    {
        _period = period;
        _returns = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _returns.Push(Math.Log(bar.Close / _prev));
            if (_returns.IsFull)
            {
                var mean = _returns.Sum / _period;
                double m2 = 0, m3 = 0;
                for (var a = 0; a < _period; a++)
                {
                    var d = _returns[a] - mean;
                    m2 += d * d;
                    m3 += d * d * d;
                }

                m2 /= _period;
                m3 /= _period;
                Out[0] = m2 > 0 ? m3 / Math.Pow(m2, 1.5) : 0;
            }
        }

        _seen = true;
        _prev = bar.Close;
    }

    protected override void OnReset()
    {
        _returns.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Skewness(_period);
}
