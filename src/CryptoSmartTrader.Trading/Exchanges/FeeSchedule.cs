namespace CryptoSmartTrader.Trading.Exchanges;

/// <summary>Maker and taker fee rates (fractions of notional, 0.001 = 0.10%), charged in the quote asset by the simulator.</summary>
public readonly record struct FeeSchedule
{
    public FeeSchedule(decimal maker, decimal taker)
    {
        if (maker is < -0.01m or > 0.05m) throw new ArgumentOutOfRangeException(nameof(maker), maker, "fees: maker rate must be in [-0.01, 0.05]");
        if (taker is < 0m or > 0.05m) throw new ArgumentOutOfRangeException(nameof(taker), taker, "fees: taker rate must be in [0, 0.05]");
        Maker = maker;
        Taker = taker;
    }

    public decimal Maker { get; }
    public decimal Taker { get; }

    public decimal RateFor(bool isMaker) => isMaker ? Maker : Taker;

    /// <summary>Parses <c>maker,taker</c> in percent, e.g. <c>0.1,0.1</c> or a single value for both.</summary>
    public static FeeSchedule ParsePercent(string value)
    {
        var parts = (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !decimal.TryParse(parts[0], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var m)
            || !decimal.TryParse(parts[^1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var t))
        {
            throw new FormatException($"fees: expected 'maker,taker' in percent such as '0.1,0.1', got '{value}'");
        }

        return new FeeSchedule(m / 100m, t / 100m);
    }
}
