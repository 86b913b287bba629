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
