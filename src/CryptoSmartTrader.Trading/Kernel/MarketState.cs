using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Per-symbol market statistics the risk engine reads, updated from closed bars and books only (never invented):
/// last close and simple return, an EWMA variance of returns, rolling 24h quote volume (NaN until 24h of bars are
/// known), and spread/depth from the latest book (NaN when no book was supplied).
/// </summary>
public sealed class MarketState
{
    private const long DayMs = 86_400_000;
    private readonly double[] _close;
    private readonly double[] _return;
    private readonly double[] _ewmaVar;
    private readonly int[] _returnCount;
    private readonly double[] _spreadBps;
    private readonly double[] _depthQuote;
    private readonly double[] _vol24;
    private readonly long[] _firstOpenMs;
    private readonly long[][] _ringMs;
    private readonly double[][] _ringVol;
    private readonly int[] _head;
    private readonly int[] _len;
    private readonly double[] _sum;
    private readonly double _lambda;
    private readonly double _depthBandBps;

    public MarketState(TradingUniverse universe, double ewmaLambda = 0.94, double depthBandBps = 50)
    {
        var n = universe.Count;
        _lambda = ewmaLambda;
        _depthBandBps = depthBandBps;
        _close = new double[n];
        _return = new double[n];
        _ewmaVar = new double[n];
        _returnCount = new int[n];
        _spreadBps = new double[n];
        _depthQuote = new double[n];
        _vol24 = new double[n];
        _firstOpenMs = new long[n];
        _ringMs = new long[n][];
        _ringVol = new double[n][];
        _head = new int[n];
        _len = new int[n];
        _sum = new double[n];
        for (var i = 0; i < n; i++)
        {
            var tf = universe.TimeframeOf(i);
            var cap = tf.IsFixed ? (int)Math.Min(100_000, DayMs / Math.Max(1, tf.DurationMs) + 2) : 2;
            _ringMs[i] = new long[cap];
            _ringVol[i] = new double[cap];
            _spreadBps[i] = double.NaN;
            _depthQuote[i] = double.NaN;
            _vol24[i] = double.NaN;
            _firstOpenMs[i] = long.MinValue;
        }
    }

    public double CloseOf(int i) => _close[i];
    public double ReturnOf(int i) => _return[i];

    /// <summary>EWMA standard deviation of simple returns before the latest bar (NaN before 2 returns).</summary>
    public double VolatilityOf(int i) => _returnCount[i] >= 2 ? Math.Sqrt(_ewmaVar[i]) : double.NaN;

    public int ReturnCount(int i) => _returnCount[i];
    public double SpreadBpsOf(int i) => _spreadBps[i];
    public double DepthQuoteOf(int i) => _depthQuote[i];
    public double Volume24hQuoteOf(int i) => _vol24[i];

    /// <summary>Folds a closed bar in. Returns the previous EWMA standard deviation (for shock detection), NaN if unknown.</summary>
    public double Update(int i, in Bar bar)
    {
        var prevSigma = VolatilityOf(i);
        Fold(i, bar);
        return prevSigma;
    }

    /// <summary><see cref="Update"/> without the previous standard deviation (a square root per bar that only the
    /// volatility-shock trigger reads).</summary>
    internal void Fold(int i, in Bar bar)
    {
        var prev = _close[i];
        if (prev > 0)
        {
            var r = bar.Close / prev - 1;
            _return[i] = r;
            _ewmaVar[i] = _returnCount[i] == 0 ? r * r : _lambda * _ewmaVar[i] + (1 - _lambda) * r * r;
            _returnCount[i]++;
        }

        _close[i] = bar.Close;
        UpdateVolume(i, bar);
    }

    public void UpdateBook(int i, OrderBook book)
    {
        if (book.BestBid is not { } bid || book.BestAsk is not { } ask) return;
        var b = (double)bid.Price;
        var a = (double)ask.Price;
        var mid = (a + b) / 2;
        _spreadBps[i] = (a - b) / mid * 10_000;
        var lo = mid * (1 - _depthBandBps / 10_000);
        var hi = mid * (1 + _depthBandBps / 10_000);
        double bidDepth = 0, askDepth = 0;
        foreach (var l in book.Bids)
        {
            var p = (double)l.Price;
            if (p < lo) break;
            bidDepth += p * (double)l.Size;
        }

        foreach (var l in book.Asks)
        {
            var p = (double)l.Price;
            if (p > hi) break;
            askDepth += p * (double)l.Size;
        }

        _depthQuote[i] = Math.Min(bidDepth, askDepth);
    }

    private void UpdateVolume(int i, in Bar bar)
    {
        if (_firstOpenMs[i] == long.MinValue) _firstOpenMs[i] = bar.OpenTimeMs;
        var ringMs = _ringMs[i];
        var ringVol = _ringVol[i];
        var cap = ringMs.Length;
        var from = bar.CloseTimeMs - DayMs;
        while (_len[i] > 0 && (ringMs[_head[i]] <= from || _len[i] == cap))
        {
            _sum[i] -= ringVol[_head[i]];
            _head[i] = _head[i] + 1 == cap ? 0 : _head[i] + 1;
            _len[i]--;
        }

        if (_len[i] == 0) _sum[i] = 0; // drops accumulated rounding whenever the window empties

        var tail = _head[i] + _len[i];
        if (tail >= cap) tail -= cap;
        ringMs[tail] = bar.CloseTimeMs;
        ringVol[tail] = bar.Volume * bar.Close;
        _len[i]++;
        _sum[i] += ringVol[tail];
        _vol24[i] = _firstOpenMs[i] > from ? double.NaN : Math.Max(0, _sum[i]);
    }
}
