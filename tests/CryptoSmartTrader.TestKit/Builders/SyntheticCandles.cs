using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.TestKit.Builders;

/// <summary>
/// Test-only synthetic candles, named as such. Never used outside tests: production code reads real data only.
/// </summary>
public static class SyntheticCandles
{
    public static readonly DateTimeOffset DefaultStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Bars whose close follows <paramref name="closes"/>; open = previous close, high/low widened by <paramref name="wick"/>.</summary>
    public static CandleSeries FromCloses(IReadOnlyList<double> closes, Timeframe? timeframe = null, DateTimeOffset? start = null,
        double wick = 0.0, double volume = 1.0, Symbol? symbol = null, Exchange? exchange = null)
    {
        var tf = timeframe ?? Timeframe.H1;
        var builder = new CandleSeriesBuilder(exchange ?? Exchange.Binance, symbol ?? new Symbol("SYN", "USDT"), tf, closes.Count);
        var open = start ?? DefaultStart;
        for (var i = 0; i < closes.Count; i++)
        {
            var o = i == 0 ? closes[0] : closes[i - 1];
            var c = closes[i];
            var openMs = open.ToUnixTimeMilliseconds();
            builder.Add(openMs, tf.CloseOfMs(openMs), o, Math.Max(o, c) * (1 + wick), Math.Min(o, c) * (1 - wick), c, volume);
            open = tf.CloseOf(open);
        }

        return builder.Build();
    }

    /// <summary>A seeded geometric random walk (test data only).</summary>
    public static CandleSeries RandomWalk(int count, int seed = 42, double start = 100, double sigma = 0.01, Timeframe? timeframe = null,
        Symbol? symbol = null)
    {
        var rng = new Random(seed);
        var tf = timeframe ?? Timeframe.H1;
        var builder = new CandleSeriesBuilder(Exchange.Binance, symbol ?? new Symbol("SYN", "USDT"), tf, count);
        var price = start;
        var open = DefaultStart;
        for (var i = 0; i < count; i++)
        {
            var o = price;
            var c = o * Math.Exp(sigma * Gaussian(rng));
            var h = Math.Max(o, c) * (1 + Math.Abs(sigma * Gaussian(rng)) / 2);
            var l = Math.Min(o, c) * (1 - Math.Abs(sigma * Gaussian(rng)) / 2);
            var v = 10 + 5 * rng.NextDouble();
            var openMs = open.ToUnixTimeMilliseconds();
            builder.Add(openMs, tf.CloseOfMs(openMs), o, h, l, c, v);
            price = c;
            open = tf.CloseOf(open);
        }

        return builder.Build();
    }

    public static double Gaussian(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
