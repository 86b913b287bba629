namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey, Borwein, López de Prado
/// &amp; Zhu, "The Probability of Backtest Overfitting", 2015). The T × N matrix of per-bar returns (N configurations)
/// is cut into S equal contiguous blocks (the first T mod S rows are dropped); for each of the C(S, S/2) ways to pick
/// half the blocks as in-sample, the configuration n* with the best in-sample Sharpe (mean / sample s.d.; first index
/// on ties) is ranked out of sample: ω = rank / (N + 1) with rank = 1 + #{j : OOSⱼ &lt; OOS_n*}, λ = ln(ω / (1 − ω)).
/// PBO = #{λ ≤ 0} / C(S, S/2).
/// </summary>
public static class Pbo
{
    public static PboResult Cscv(IReadOnlyList<double[]> configurationReturns, int blocks = 16)
    {
        var n = configurationReturns.Count;
        if (n < 2) throw new ArgumentException($"pbo: needs at least 2 configurations, got {n}", nameof(configurationReturns));
        if (blocks < 2 || blocks % 2 != 0) throw new ArgumentOutOfRangeException(nameof(blocks), blocks, "pbo: blocks must be an even number >= 2");
        var t = configurationReturns[0].Length;
        if (configurationReturns.Any(r => r.Length != t))
        {
            throw new ArgumentException("pbo: every configuration needs a return for the same bars (equal lengths)", nameof(configurationReturns));
        }

        var blockLength = t / blocks;
        if (blockLength < 2) throw new ArgumentException($"pbo: {t} bars cannot fill {blocks} blocks of at least 2 bars", nameof(configurationReturns));
        var skip = t - blockLength * blocks;
        var moments = new BlockMoments[n][];
        for (var j = 0; j < n; j++)
        {
            moments[j] = new BlockMoments[blocks];
            for (var k = 0; k < blocks; k++) moments[j][k] = BlockMoments.Of(configurationReturns[j].AsSpan(skip + k * blockLength, blockLength));
        }

        return FromBlocks(moments);
    }

    /// <summary>
    /// CSCV from per-block moments (<see cref="BlockMoments"/>) of each configuration's returns, blocks in time order:
    /// the same statistic as <see cref="Cscv"/> without holding the T × N matrix (a sweep streams its cells into these).
    /// </summary>
    public static PboResult FromBlocks(IReadOnlyList<BlockMoments[]> configurationBlocks)
    {
        var n = configurationBlocks.Count;
        if (n < 2) throw new ArgumentException($"pbo: needs at least 2 configurations, got {n}", nameof(configurationBlocks));
        var blocks = configurationBlocks[0].Length;
        if (blocks < 2 || blocks % 2 != 0) throw new ArgumentOutOfRangeException(nameof(configurationBlocks), blocks, "pbo: blocks must be an even number >= 2");
        if (configurationBlocks.Any(b => b.Length != blocks))
        {
            throw new ArgumentException("pbo: every configuration needs the same number of blocks", nameof(configurationBlocks));
        }

        // A 100-cell sweep has 12,870 splits × 100 configurations × 16 block merges, a tenth of its time. Two savings,
        // both with exactly the arithmetic of one split after another: (1) each configuration's in- and out-of-sample
        // moments are merged block by block in time order, so consecutive splits (lexicographic) that agree on the
        // first p blocks share the merges of those blocks; they are kept per block and only blocks p.. are merged again
        // (p is most often 12-15); (2) chunks of consecutive splits run in parallel, every logit stored at its split's index.
        var splits = Combinations(blocks, blocks / 2).ToArray();
        var logits = new double[splits.Length];
        var rows = configurationBlocks as BlockMoments[][] ?? configurationBlocks.ToArray();
        const int chunk = 512;
        Parallel.For(0, (splits.Length + chunk - 1) / chunk, c =>
        {
            var oos = new double[n];
            var mask = new bool[blocks];
            var previous = new bool[blocks];
            // The in-sample (a) and out-of-sample (o) moments of configuration j after its first k blocks: [j * (blocks + 1) + k].
            var a = new BlockMoments[n * (blocks + 1)];
            var o = new BlockMoments[n * (blocks + 1)];
            var last = Math.Min(splits.Length, (c + 1) * chunk);
            for (var s = c * chunk; s < last; s++)
            {
                Array.Clear(mask);
                foreach (var b in splits[s]) mask[b] = true;
                var p = 0;
                if (s > c * chunk) while (p < blocks && mask[p] == previous[p]) p++;
                var best = -1;
                var bestIs = double.NegativeInfinity;
                for (var j = 0; j < n; j++)
                {
                    var row = rows[j];
                    var at = j * (blocks + 1);
                    for (var k = p; k < blocks; k++)
                    {
                        if (mask[k])
                        {
                            a[at + k + 1] = a[at + k].Combine(row[k]);
                            o[at + k + 1] = o[at + k];
                        }
                        else
                        {
                            a[at + k + 1] = a[at + k];
                            o[at + k + 1] = o[at + k].Combine(row[k]);
                        }
                    }

                    var isSr = Sharpe(a[at + blocks]);
                    oos[j] = Sharpe(o[at + blocks]);
                    if (isSr > bestIs)
                    {
                        bestIs = isSr;
                        best = j;
                    }
                }

                best = Math.Max(best, 0);
                var rank = 1;
                for (var j = 0; j < n; j++) if (oos[j] < oos[best]) rank++;
                var omega = rank / (double)(n + 1);
                logits[s] = Math.Log(omega / (1 - omega));
                (mask, previous) = (previous, mask);
            }
        });

        return new PboResult(logits.Count(l => l <= 0) / (double)logits.Length, logits.Length, logits);
    }

    private static double Sharpe(BlockMoments x)
    {
        var sd = x.StdDev;
        var m = x.Count == 0 ? double.NaN : x.Mean;
        return sd is 0 or double.NaN ? (m > 0 ? double.MaxValue : m < 0 ? double.MinValue : 0) : m / sd;
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var idx = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])idx.Clone();
            var i = k - 1;
            while (i >= 0 && idx[i] == n - k + i) i--;
            if (i < 0) yield break;
            idx[i]++;
            for (var j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
        }
    }
}
