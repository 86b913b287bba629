using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>Merges two venues' closes on equal close times (a bar is only comparable once both have closed) and measures |ln(a/b)|.</summary>
internal static class CrossExchangeComparer
{
    public static CrossExchangeCheck Compare(CandleSeries series, CandleSeries reference, double maxDeviation)
    {
        var ca = series.CloseTimeMs;
        var cb = reference.CloseTimeMs;
        int i = 0, j = 0, compared = 0, deviating = 0;
        double max = 0, latest = 0;
        long? maxAt = null, latestAt = null;
        while (i < ca.Length && j < cb.Length)
        {
            if (ca[i] < cb[j]) { i++; continue; }
            if (ca[i] > cb[j]) { j++; continue; }
            var d = Math.Abs(Math.Log(series.Close[i] / reference.Close[j]));
            compared++;
            if (d > maxDeviation) deviating++;
            if (d > max || maxAt is null) { max = d; maxAt = ca[i]; }
            latest = d;
            latestAt = ca[i];
            i++;
            j++;
        }

        return new CrossExchangeCheck(reference.Exchange, compared, deviating, max, ToTime(maxAt), latest, ToTime(latestAt));
    }

    private static DateTimeOffset? ToTime(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
