using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A registered model as a live alpha: at each bar close it appends the symbol's new bar to its history, computes the
/// model's features over that history and predicts from the last row, so the prediction at bar t uses only bars up
/// to t. The prediction goes into the context and <see cref="PredictionAlphaModel"/> turns it into an insight — the
/// same formula the backtest uses. Seed the history with <see cref="Seed"/> (or by feeding warm-up bars) so features
/// are defined when trading starts. Recomputing the features costs O(history) per bar close; meant for bar-by-bar
/// trading (the bot), not for the hot benchmark loop.
/// </summary>
public sealed class StreamingModelAlpha : IAlphaModel
{
    private readonly ModelAlphaSource _source;
    private readonly PredictionAlphaModel _inner;
    private readonly BarHistory[] _history;
    private readonly Prediction?[] _last;

    internal StreamingModelAlpha(ModelAlphaSource source, TradingUniverse universe, StreamingModelAlphaOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(universe);
        options.Validate();
        _source = source;
        Universe = universe;
        _inner = new PredictionAlphaModel(source.AlphaName, options.AllowShort);
        _history = Enumerable.Range(0, universe.Count)
            .Select(i => new BarHistory(universe.ExchangeOf(i), universe.SymbolOf(i), universe.TimeframeOf(i), options.MaxHistoryBars)).ToArray();
        _last = new Prediction?[universe.Count];
    }

    public string Name => _inner.Name;

    public TradingUniverse Universe { get; }

    /// <summary>Bars held for symbol <paramref name="index"/>.</summary>
    public int HistoryCount(int index) => _history[index].Count;

    /// <summary>The prediction made at the latest bar close of symbol <paramref name="index"/> (null when its inputs were not defined).</summary>
    public Prediction? LatestPrediction(int index) => _last[index];

    /// <summary>
    /// Adds closed bars of symbol <paramref name="index"/> without predicting (history loaded at start-up). Bars that do
    /// not follow the history in time are skipped. Returns how many were added.
    /// </summary>
    public int Seed(int index, CandleSeries history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Symbol != Universe.SymbolOf(index))
        {
            throw new ArgumentException($"streaming model alpha: slot {index} is {Universe.SymbolOf(index)}, got history of {history.Symbol}", nameof(history));
        }

        var added = 0;
        for (var i = 0; i < history.Count; i++)
        {
            if (_history[index].TryAppend(Bar.FromSeries(history, i))) added++;
        }

        return added;
    }

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < insights.Length && i < _history.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            ref readonly var bar = ref context.BarOf(i);
            if (_history[i].TryAppend(bar))
            {
                _last[i] = _source.PredictLast(_history[i].ToSeries());
            }
            else if (bar.CloseTimeMs != _history[i].LastCloseMs)
            {
                _last[i] = null; // an out-of-order or invalid bar: no view rather than a stale one
            }

            context.SetPrediction(i, _last[i]);
        }

        _inner.Update(context, insights);
    }
}
