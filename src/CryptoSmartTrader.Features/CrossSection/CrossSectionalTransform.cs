namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// Per-row transforms across symbols: normalised ranks (average rank for ties, scaled to [0, 1]) and z-scores. Only
/// entries with a value count; fewer than the minimum gives NaN for the whole row (a tiny cross-section says nothing).
/// </summary>
public static class CrossSectionalTransform
{
    /// <summary>(rank − 1) / (n − 1) with average ranks for ties; NaN stays NaN.</summary>
    public static void Ranks(ReadOnlySpan<double> values, Span<double> result, int minCount = 2)
    {
        result.Fill(double.NaN);
        var idx = new List<int>(values.Length);
        for (var i = 0; i < values.Length; i++) if (!double.IsNaN(values[i])) idx.Add(i);
        var n = idx.Count;
        if (n < Math.Max(2, minCount)) return;
        var vals = values.ToArray();
        idx.Sort((a, b) => vals[a].CompareTo(vals[b]));
        var k = 0;
        while (k < n)
        {
            var end = k;
            while (end + 1 < n && vals[idx[end + 1]] == vals[idx[k]]) end++;
            var avg = (k + end) / 2.0; // 0-based average rank of the tie block
            for (var j = k; j <= end; j++) result[idx[j]] = avg / (n - 1);
            k = end + 1;
        }
    }

    /// <summary>(x − mean) / population standard deviation; NaN when fewer than <paramref name="minCount"/> values or no spread.</summary>
    public static void ZScores(ReadOnlySpan<double> values, Span<double> result, int minCount = 2)
    {
        result.Fill(double.NaN);
        double sum = 0, sq = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            n++;
        }

        if (n < Math.Max(2, minCount)) return;
        var mean = sum / n;
        foreach (var v in values)
        {
            if (!double.IsNaN(v)) sq += (v - mean) * (v - mean);
        }

        var sd = Math.Sqrt(sq / n);
        if (!(sd > 0)) return;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i])) result[i] = (values[i] - mean) / sd;
        }
    }

    /// <summary>x − mean of the row's values.</summary>
    public static void Demean(ReadOnlySpan<double> values, Span<double> result, int minCount = 2)
    {
        result.Fill(double.NaN);
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            n++;
        }

        if (n < Math.Max(2, minCount)) return;
        var mean = sum / n;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i])) result[i] = values[i] - mean;
        }
    }
}
