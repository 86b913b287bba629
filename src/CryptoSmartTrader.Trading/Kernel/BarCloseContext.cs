using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Everything the kernel may know at one bar close: the time (read by the caller from its <see cref="TimeProvider"/>),
/// the bars that closed at or before it per symbol, and optionally order books, predictions and data-quality verdicts.
/// One instance is reused across bars (call <see cref="Reset"/>) so that driving the kernel allocates nothing.
/// Symbols without a bar in this step are simply absent; nothing is carried forward or invented.
/// </summary>
public sealed class BarCloseContext
{
    private readonly Bar[] _bars;
    private readonly bool[] _has;
    private readonly OrderBook?[] _books;
    private readonly Prediction?[] _predictions;
    private readonly DataQualityVerdict?[] _verdicts;
    private bool _anyExtras;

    public BarCloseContext(TradingUniverse universe)
    {
        Universe = universe ?? throw new ArgumentNullException(nameof(universe));
        var n = universe.Count;
        _bars = new Bar[n];
        _has = new bool[n];
        _books = new OrderBook?[n];
        _predictions = new Prediction?[n];
        _verdicts = new DataQualityVerdict?[n];
    }

    public TradingUniverse Universe { get; }

    /// <summary>The bar-close time of this step (UTC).</summary>
    public DateTimeOffset Time { get; private set; }

    public long TimeMs { get; private set; }

    /// <summary>Number of symbols with a bar in this step.</summary>
    public int BarCount { get; private set; }

    /// <summary>Starts a new step at <paramref name="time"/>, clearing bars, books, predictions and verdicts.</summary>
    public void Reset(DateTimeOffset time)
    {
        Time = time.ToUniversalTime();
        TimeMs = Time.ToUnixTimeMilliseconds();
        // Span clears: Array.Clear(Array) takes the untyped path (element size looked up at run time) on every bar.
        if (BarCount > 0) _has.AsSpan().Clear();
        BarCount = 0;
        if (_anyExtras)
        {
            _books.AsSpan().Clear();
            _predictions.AsSpan().Clear();
            _verdicts.AsSpan().Clear();
            _anyExtras = false;
        }
    }

    /// <summary>Adds the closed bar of symbol <paramref name="index"/>. A bar that closes after <see cref="Time"/> is look-ahead and refused.</summary>
    public void SetBar(int index, in Bar bar)
    {
        if (bar.CloseTimeMs > TimeMs)
        {
            throw new ArgumentException(
                $"bar close context: bar of {Universe.SymbolOf(index)} closes at {bar.CloseTimeMs} ms, after the step time {TimeMs} ms (look-ahead)", nameof(bar));
        }

        if (!_has[index])
        {
            _has[index] = true;
            BarCount++;
        }

        _bars[index] = bar;
    }

    public void SetOrderBook(int index, OrderBook? book)
    {
        _books[index] = book;
        _anyExtras = true;
    }

    public void SetPrediction(int index, Prediction? prediction)
    {
        _predictions[index] = prediction;
        _anyExtras = true;
    }

    /// <summary>A verdict supplied with the step; when absent the risk engine asks its <see cref="IDataQualityGate"/>.</summary>
    public void SetDataQuality(int index, DataQualityVerdict? verdict)
    {
        _verdicts[index] = verdict;
        _anyExtras = true;
    }

    public bool HasBar(int index) => _has[index];

    public ref readonly Bar BarOf(int index) => ref _bars[index];

    public OrderBook? OrderBookOf(int index) => _books[index];

    public Prediction? PredictionOf(int index) => _predictions[index];

    public DataQualityVerdict? DataQualityOf(int index) => _verdicts[index];
}
