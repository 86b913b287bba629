using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Feeds each bar close into the market state and the exposure book's marks, and the risk engine's monitors
/// (per-symbol returns, order-book and data-quality verdicts, cross-symbol correlation).
/// </summary>
internal sealed class KernelMarketFeed
{
    private readonly MarketState _market;
    private readonly ExposureBook _exposure;
    private readonly RiskEngine _risk;
    private readonly KernelStepState _step;
    private readonly double[] _returns;
    private readonly int _correlationWarmup;
    private readonly CorrelationMonitor? _correlation;

    public KernelMarketFeed(MarketState market, ExposureBook exposure, RiskEngine risk, KernelStepState step, int symbols, int correlationWarmup)
    {
        _market = market;
        _exposure = exposure;
        _risk = risk;
        _step = step;
        _returns = new double[symbols];
        _correlationWarmup = correlationWarmup;
        if (risk.Options.CorrelationSpikeThreshold > 0 && symbols >= Math.Max(2, risk.Options.CorrelationMinSymbols))
        {
            _correlation = new CorrelationMonitor(symbols);
        }
    }

    public void Update(BarCloseContext context)
    {
        var now = _step.Now;
        var anyReturn = false;
        // The previous σ matters only to the volatility-shock trigger; with it off (k = 0) no σ can make a shock.
        var shockOn = _risk.Options.VolatilityShockSigmas > 0;
        for (var i = 0; i < _returns.Length; i++)
        {
            if (!context.HasBar(i))
            {
                _returns[i] = double.NaN;
                continue;
            }

            ref readonly var bar = ref context.BarOf(i);
            var hadClose = _market.CloseOf(i) > 0;
            double prevSigma;
            if (shockOn)
            {
                prevSigma = _market.Update(i, bar);
            }
            else
            {
                prevSigma = double.NaN;
                _market.Fold(i, bar);
            }

            _exposure.SetMark(i, bar.Close);
            _returns[i] = hadClose ? _market.ReturnOf(i) : double.NaN;
            if (hadClose)
            {
                anyReturn = true;
                _risk.ObserveReturn(i, _returns[i], prevSigma, _market.ReturnCount(i), now);
            }

            var book = context.OrderBookOf(i);
            if (book is not null) _market.UpdateBook(i, book);
            var verdict = context.DataQualityOf(i);
            if (verdict is not null) _risk.ObserveDataQuality(i, verdict.Tradable, now);
        }

        if (_correlation is not null && anyReturn)
        {
            var (avg, symbols) = _correlation.Update(_returns, _correlationWarmup);
            if (!double.IsNaN(avg)) _risk.ObserveCorrelation(avg, symbols, now);
        }
    }
}
