namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>Settings of a <see cref="StreamingModelAlpha"/>.</summary>
public sealed class StreamingModelAlphaOptions
{
    /// <summary>
    /// Bars kept per symbol; the features of each bar close are computed over this history. While the history is shorter
    /// than the cap the predictions equal <see cref="ModelAlphaSource.Predict(Core.Markets.CandleSeries)"/> on the same bars exactly; once older bars
    /// are dropped, indicators with long memory (EMAs, cumulative volume) start from a later bar, like a shorter warm-up.
    /// Default 10,000 (over a year of hourly bars).
    /// </summary>
    public int MaxHistoryBars { get; init; } = 10_000;

    /// <summary>Whether a predicted fall opens a short (spot accounts: no).</summary>
    public bool AllowShort { get; init; }

    internal void Validate()
    {
        if (MaxHistoryBars < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHistoryBars), MaxHistoryBars, "streaming model alpha: MaxHistoryBars must be at least 2");
        }
    }
}
