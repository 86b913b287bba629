namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Mean forward return per score quantile: at each evaluated bar the symbols with a score and a realised forward return
/// are sorted by score and cut into <c>quantiles</c> groups of (nearly) equal size (with 17 pairs a quintile holds 2–4
/// symbols); each group's equal-weight mean forward log return is averaged over bars. The spread is top minus bottom.
/// </summary>
public sealed record QuantileSpread(int Bars, double[] MeanReturn, double Spread, double SpreadTStat)
{
    public static QuantileSpread Of(double[][] score, double[][] forward, int quantiles, int stride, int fromRow = 0, int toRow = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantiles, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var n = score.Length;
        var rows = n == 0 ? 0 : forward[0].Length;
        var sums = new double[quantiles];
        var spreads = new List<double>();
        var idx = new List<int>(n);
        var bucketSum = new double[quantiles];
        var bucketCount = new int[quantiles];
        for (var t = fromRow; t < Math.Min(rows, toRow); t += stride)
        {
            idx.Clear();
            for (var i = 0; i < n; i++)
            {
                if (!double.IsNaN(score[i][t]) && !double.IsNaN(forward[i][t])) idx.Add(i);
            }

            if (idx.Count < quantiles) continue;
            idx.Sort((a, b) => score[a][t].CompareTo(score[b][t]));
            Array.Clear(bucketSum);
            Array.Clear(bucketCount);
            for (var k = 0; k < idx.Count; k++)
            {
                var q = k * quantiles / idx.Count;
                bucketSum[q] += forward[idx[k]][t];
                bucketCount[q]++;
            }

            for (var q = 0; q < quantiles; q++) sums[q] += bucketSum[q] / bucketCount[q];
            spreads.Add(bucketSum[quantiles - 1] / bucketCount[quantiles - 1] - bucketSum[0] / bucketCount[0]);
        }

        var bars = spreads.Count;
        var mean = bars > 0 ? spreads.Average() : double.NaN;
        var sd = bars > 1 ? Math.Sqrt(spreads.Sum(s => (s - mean) * (s - mean)) / (bars - 1)) : double.NaN;
        return new QuantileSpread(bars, sums.Select(s => bars > 0 ? s / bars : double.NaN).ToArray(), mean, sd > 0 ? mean / (sd / Math.Sqrt(bars)) : double.NaN);
    }
}
