namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Calendar-month returns of an equity curve: the last equity of a month over the last equity of the previous month, minus 1
/// (the first month is measured from the first point). Months without any point are missing, never filled.
/// </summary>
public static class MonthlyReturns
{
    /// <summary>Returns (year, month) → return, in chronological order.</summary>
    public static IReadOnlyList<(int Year, int Month, double Return)> Compute(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> equity)
    {
        ChartInput.SameLength("monthly returns", nameof(equity), equity.Count, nameof(times), times.Count);
        ChartInput.Increasing("monthly returns", nameof(times), times);
        var result = new List<(int, int, double)>();
        if (equity.Count == 0)
        {
            return result;
        }

        var baseValue = equity[0];
        for (var i = 0; i < equity.Count; i++)
        {
            var t = times[i].UtcDateTime;
            var last = i == equity.Count - 1 || times[i + 1].UtcDateTime.Month != t.Month || times[i + 1].UtcDateTime.Year != t.Year;
            if (last)
            {
                result.Add((t.Year, t.Month, equity[i] / baseValue - 1));
                baseValue = equity[i];
            }
        }

        return result;
    }
}
