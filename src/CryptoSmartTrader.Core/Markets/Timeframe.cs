namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// A candle interval from one minute to one calendar month. Fixed intervals have an exact <see cref="TimeSpan"/>;
/// a month is a calendar month in UTC, so its length depends on the bar's open time (use <see cref="CloseOf"/>).
/// </summary>
public readonly record struct Timeframe
{
    public static readonly Timeframe M1 = new(TimeSpan.FromMinutes(1), 0, "1m");
    public static readonly Timeframe M3 = new(TimeSpan.FromMinutes(3), 0, "3m");
    public static readonly Timeframe M5 = new(TimeSpan.FromMinutes(5), 0, "5m");
    public static readonly Timeframe M15 = new(TimeSpan.FromMinutes(15), 0, "15m");
    public static readonly Timeframe M30 = new(TimeSpan.FromMinutes(30), 0, "30m");
    public static readonly Timeframe H1 = new(TimeSpan.FromHours(1), 0, "1h");
    public static readonly Timeframe H2 = new(TimeSpan.FromHours(2), 0, "2h");
    public static readonly Timeframe H4 = new(TimeSpan.FromHours(4), 0, "4h");
    public static readonly Timeframe H6 = new(TimeSpan.FromHours(6), 0, "6h");
    public static readonly Timeframe H8 = new(TimeSpan.FromHours(8), 0, "8h");
    public static readonly Timeframe H12 = new(TimeSpan.FromHours(12), 0, "12h");
    public static readonly Timeframe D1 = new(TimeSpan.FromDays(1), 0, "1d");
    public static readonly Timeframe D3 = new(TimeSpan.FromDays(3), 0, "3d");
    public static readonly Timeframe W1 = new(TimeSpan.FromDays(7), 0, "1w");
    public static readonly Timeframe Month1 = new(TimeSpan.Zero, 1, "1M");

    public static IReadOnlyList<Timeframe> All { get; } = [M1, M3, M5, M15, M30, H1, H2, H4, H6, H8, H12, D1, D3, W1, Month1];

    private readonly TimeSpan _fixed;

    private Timeframe(TimeSpan fixedDuration, int months, string code)
    {
        _fixed = fixedDuration;
        Months = months;
        Code = code;
    }

    /// <summary>The conventional code, <c>1m</c> … <c>1M</c> (case matters: <c>1m</c> is a minute, <c>1M</c> a month).</summary>
    public string Code { get; }

    /// <summary>Calendar months per bar; zero for fixed-length timeframes.</summary>
    public int Months { get; }

    public bool IsFixed => Months == 0;

    /// <summary>The exact bar length. Throws for calendar-month timeframes, whose length varies.</summary>
    public TimeSpan Duration => IsFixed
        ? _fixed
        : throw new InvalidOperationException($"timeframe {Code} has no fixed duration; use CloseOf(openTime)");

    /// <summary>Bar length in milliseconds for fixed timeframes.</summary>
    public long DurationMs => (long)Duration.TotalMilliseconds;

    /// <summary>The close time (exclusive end) of the bar that opens at <paramref name="openTime"/>.</summary>
    public DateTimeOffset CloseOf(DateTimeOffset openTime) => IsFixed ? openTime + _fixed : openTime.AddMonths(Months);

    public long CloseOfMs(long openTimeMs) => IsFixed
        ? openTimeMs + (long)_fixed.TotalMilliseconds
        : DateTimeOffset.FromUnixTimeMilliseconds(openTimeMs).AddMonths(Months).ToUnixTimeMilliseconds();

    /// <summary>The open time of the bar containing <paramref name="time"/> (bars are aligned to the Unix epoch in UTC; weeks to Monday, months to the 1st).</summary>
    public DateTimeOffset Floor(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        if (!IsFixed)
        {
            return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        }

        if (this == W1)
        {
            var days = ((int)utc.DayOfWeek + 6) % 7;
            return new DateTimeOffset(utc.Date.AddDays(-days), TimeSpan.Zero);
        }

        var ticks = utc.UtcTicks - (utc.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % _fixed.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public bool IsAligned(DateTimeOffset openTime) => Floor(openTime) == openTime;

    public static Timeframe Parse(string value) =>
        TryParse(value, out var tf) ? tf
        : throw new FormatException($"timeframe: expected one of {string.Join(", ", All.Select(t => t.Code))}, got '{value}'");

    public static bool TryParse(string? value, out Timeframe timeframe)
    {
        var v = value?.Trim();
        foreach (var tf in All)
        {
            if (string.Equals(tf.Code, v, StringComparison.Ordinal))
            {
                timeframe = tf;
                return true;
            }
        }

        // Accept common spellings that are unambiguous.
        timeframe = v switch
        {
            "60m" => H1,
            "1H" => H1,
            "4H" => H4,
            "1D" => D1,
            "24h" => D1,
            "1W" => W1,
            "7d" => W1,
            "1mo" => Month1,
            _ => default,
        };
        return timeframe.Code is not null;
    }

    public override string ToString() => Code ?? "(none)";
}
