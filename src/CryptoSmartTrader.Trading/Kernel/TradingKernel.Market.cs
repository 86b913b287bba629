using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Market state, marks and risk monitors fed from each bar close.</summary>
public sealed partial class TradingKernel
{
    /// <summary>Marks per symbol in the account currency at the last closes (allocates: for reports, not the hot path).</summary>
    public IReadOnlyDictionary<Symbol, decimal> BuildMarks()
    {
        var marks = new Dictionary<Symbol, decimal>();
        for (var i = 0; i < Universe.Count; i++)
        {
            var c = Market.CloseOf(i);
            if (c > 0) marks[Universe.SymbolOf(i)] = (decimal)c;
        }

        return marks;
    }

    private void UpdateMarket(BarCloseContext context)
    {
        var anyReturn = false;
        for (var i = 0; i < _returns.Length; i++)
        {
            if (!context.HasBar(i))
            {
                _returns[i] = double.NaN;
                continue;
            }

            ref readonly var bar = ref context.BarOf(i);
            var hadClose = Market.CloseOf(i) > 0;
            var prevSigma = Market.Update(i, bar);
            Exposure.SetMark(i, bar.Close);
            _returns[i] = hadClose ? Market.ReturnOf(i) : double.NaN;
            if (hadClose)
            {
                anyReturn = true;
                Risk.ObserveReturn(i, _returns[i], prevSigma, Market.ReturnCount(i), _now);
            }

            var book = context.OrderBookOf(i);
            if (book is not null) Market.UpdateBook(i, book);
            var verdict = context.DataQualityOf(i);
            if (verdict is not null) Risk.ObserveDataQuality(i, verdict.Tradable, _now);
        }

        if (_correlation is not null && anyReturn)
        {
            var (avg, symbols) = _correlation.Update(_returns, _options.CorrelationWarmup);
            if (!double.IsNaN(avg)) Risk.ObserveCorrelation(avg, symbols, _now);
        }
    }

    private static int[] ClusterIds(TradingUniverse universe, TradingKernelOptions options)
    {
        var ids = new int[universe.Count];
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = options.Clusters.TryGetValue(universe.SymbolOf(i), out var name)
                ? names.TryGetValue(name, out var id) ? id : names[name] = ids.Length + names.Count
                : i;
        }

        return ids;
    }
}
