namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// One OHLCV bar, stamped by both its open time and its close time (UTC). A bar is only knowable from
/// <see cref="CloseTime"/> on; code that consumes candles must use the close time to stay free of look-ahead.
/// Volume is in the base asset.
/// </summary>
public readonly record struct Candle
{
    public DateTimeOffset OpenTime { get; }
    public DateTimeOffset CloseTime { get; }
    public decimal Open { get; }
    public decimal High { get; }
    public decimal Low { get; }
    public decimal Close { get; }
    public decimal Volume { get; }

    public Candle(DateTimeOffset openTime, DateTimeOffset closeTime, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        var error = Validate(openTime, closeTime, open, high, low, close, volume);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        OpenTime = openTime.ToUniversalTime();
        CloseTime = closeTime.ToUniversalTime();
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
    }

    /// <summary>Builds a candle whose close time is derived from the timeframe.</summary>
    public static Candle Create(Timeframe timeframe, DateTimeOffset openTime, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(openTime, timeframe.CloseOf(openTime), open, high, low, close, volume);

    /// <summary>Validates raw doubles (as parsed from files or JSON), so NaN and infinities are caught before conversion.</summary>
    public static bool TryCreate(DateTimeOffset openTime, DateTimeOffset closeTime, double open, double high, double low, double close, double volume,
        out Candle candle, out string error)
    {
        candle = default;
        var fieldError = CheckFinite(open, "open") ?? CheckFinite(high, "high") ?? CheckFinite(low, "low")
            ?? CheckFinite(close, "close") ?? CheckFinite(volume, "volume");
        if (fieldError is not null)
        {
            error = fieldError;
            return false;
        }

        var o = (decimal)open; var h = (decimal)high; var l = (decimal)low; var c = (decimal)close; var v = (decimal)volume;
        var e = Validate(openTime, closeTime, o, h, l, c, v);
        if (e is not null)
        {
            error = e;
            return false;
        }

        candle = new Candle(openTime, closeTime, o, h, l, c, v);
        error = string.Empty;
        return true;
    }

    /// <summary>Returns a message naming the offending field and value, or null when the bar is valid.</summary>
    public static string? Validate(DateTimeOffset openTime, DateTimeOffset closeTime, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        if (closeTime <= openTime)
        {
            return $"candle: closeTime {closeTime:O} must be after openTime {openTime:O}";
        }

        if (open <= 0) return $"candle: open must be > 0, got {open}";
        if (high <= 0) return $"candle: high must be > 0, got {high}";
        if (low <= 0) return $"candle: low must be > 0, got {low}";
        if (close <= 0) return $"candle: close must be > 0, got {close}";
        if (volume < 0) return $"candle: volume must be >= 0, got {volume}";
        if (high < Math.Max(open, close)) return $"candle: high {high} must be >= max(open {open}, close {close})";
        if (low > Math.Min(open, close)) return $"candle: low {low} must be <= min(open {open}, close {close})";
        return null;
    }

    private static string? CheckFinite(double value, string field) =>
        double.IsFinite(value) && Math.Abs(value) < 1e20 ? null : $"candle: {field} must be a finite number below 1e20, got {value}";
}
