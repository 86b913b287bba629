using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>CSCV from per-block moments gives the statistic of CSCV over the full return matrix.</summary>
public sealed class PboFromBlocksTests
{
    [Fact]
    public void Block_moments_give_the_same_pbo_and_logits_as_the_return_matrix()
    {
        var random = new Random(3);
        var m = Enumerable.Range(0, 7).Select(j => Enumerable.Range(0, 803).Select(_ => (random.NextDouble() - 0.5 + j * 0.01) * 0.02).ToArray()).ToArray();
        var full = Pbo.Cscv(m, blocks: 8);
        var len = 803 / 8;
        var skip = 803 - len * 8;
        var blocks = m.Select(r =>
        {
            var b = new BlockMoments[8];
            for (var i = skip; i < r.Length; i++) b[(i - skip) / len] = b[(i - skip) / len].Add(r[i]);
            return b;
        }).ToArray();
        var streamed = Pbo.FromBlocks(blocks);
        Assert.Equal(full.Probability, streamed.Probability);
        Assert.Equal(full.Logits, streamed.Logits);
    }

    [Fact]
    public void Logits_equal_a_serial_evaluation_of_every_split_in_order()
    {
        // FromBlocks evaluates the 12,870 splits of 16 blocks in parallel; each logit must be the serial one, at its index.
        var random = new Random(11);
        var blocks = Enumerable.Range(0, 30).Select(j => Enumerable.Range(0, 16).Select(_ =>
            BlockMoments.Of(Enumerable.Range(0, 40).Select(_ => (random.NextDouble() - 0.5 + j * 0.002) * 0.02).ToArray())).ToArray()).ToArray();
        var result = Pbo.FromBlocks(blocks);
        var expected = SerialLogits(blocks);
        Assert.Equal(12_870, result.Combinations);
        Assert.Equal(expected, result.Logits);
        Assert.Equal(expected.Count(l => l <= 0) / (double)expected.Count, result.Probability);
    }

    // The statistic of the class documentation, one split after another (lexicographic order of the in-sample halves).
    private static List<double> SerialLogits(BlockMoments[][] rows)
    {
        var (n, s) = (rows.Length, rows[0].Length);
        var logits = new List<double>();
        var idx = Enumerable.Range(0, s / 2).ToArray();
        while (true)
        {
            var isSr = new double[n];
            var oos = new double[n];
            for (var j = 0; j < n; j++)
            {
                BlockMoments a = default, o = default;
                for (var k = 0; k < s; k++)
                {
                    if (idx.Contains(k)) a = a.Combine(rows[j][k]);
                    else o = o.Combine(rows[j][k]);
                }

                (isSr[j], oos[j]) = (Sharpe(a), Sharpe(o));
            }

            var best = 0;
            for (var j = 1; j < n; j++) if (isSr[j] > isSr[best]) best = j;
            var omega = (1 + oos.Count(x => x < oos[best])) / (double)(n + 1);
            logits.Add(Math.Log(omega / (1 - omega)));
            var i = s / 2 - 1;
            while (i >= 0 && idx[i] == s - s / 2 + i) i--;
            if (i < 0) return logits;
            idx[i]++;
            for (var k = i + 1; k < s / 2; k++) idx[k] = idx[k - 1] + 1;
        }
    }

    private static double Sharpe(BlockMoments x) => x.StdDev is 0 or double.NaN
        ? (x.Mean > 0 ? double.MaxValue : x.Mean < 0 ? double.MinValue : 0)
        : x.Mean / x.StdDev;

    [Fact]
    public void Combined_blocks_have_the_moments_of_the_joined_values()
    {
        double[] a = [0.01, -0.02, 0.03], b = [0.00, 0.02, -0.01, 0.04];
        var joined = BlockMoments.Of([.. a, .. b]);
        var combined = BlockMoments.Of(a).Combine(BlockMoments.Of(b));
        Assert.Equal(joined.Count, combined.Count);
        Assert.Equal(joined.Mean, combined.Mean, 15);
        Assert.Equal(joined.StdDev, combined.StdDev, 15);
    }

    [Fact]
    public void Unequal_block_counts_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Pbo.FromBlocks([new BlockMoments[4], new BlockMoments[6]]));
        Assert.Contains("same number of blocks", ex.Message, StringComparison.Ordinal);
    }
}
