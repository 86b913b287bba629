using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class CandleSeriesTests
{
    private static readonly long H = 3_600_000;
    private static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static CandleSeriesBuilder NewBuilder() => new(Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1);

    [Fact]
    public void Stores_columns_contiguously_and_reads_back_edge_values()
    {
        var b = NewBuilder();
        b.Add(T0, T0 + H, 10, 12, 9, 11, 5);
        b.Add(T0 + H, T0 + 2 * H, 11, 13, 10, 12.5, 7);
        var s = b.Build();

        Assert.Equal(2, s.Count);
        Assert.Equal([11.0, 12.5], s.Close.ToArray());
        Assert.Equal(12.5m, s[1].Close);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(T0 + 2 * H), s[1].CloseTime);
    }

    [Fact]
    public void Slices_share_storage_and_keep_bounds()
    {
        var s = SyntheticCandles.FromCloses([1, 2, 3, 4, 5, 6]);
        var slice = s.Slice(2, 3);
        Assert.Equal([3.0, 4.0, 5.0], slice.Close.ToArray());
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(slice.Close),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s.Close[2..])));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Slice(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[3]);
    }

    [Fact]
    public void Looks_up_bars_by_open_and_close_time()
    {
        var s = SyntheticCandles.FromCloses([1, 2, 3, 4]);
        var start = SyntheticCandles.DefaultStart;
        Assert.Equal(2, s.IndexOfOpenTime(start.AddHours(2)));
        Assert.Equal(2, s.IndexOfCloseTime(start.AddHours(3)));
        Assert.Equal(-1, s.IndexOfOpenTime(start.AddMinutes(30)));
        // At 02:30 only the bars closing at 01:00 and 02:00 are known.
        Assert.Equal(1, s.IndexOfLastClosedAt(start.AddHours(2.5)));
        Assert.Equal(2, s.KnownAt(start.AddHours(2.5)).Count);
        Assert.Equal(-1, s.IndexOfLastClosedAt(start.AddMinutes(59)));
    }

    [Fact]
    public void SliceByCloseTime_is_inclusive_on_both_ends()
    {
        var s = SyntheticCandles.FromCloses([1, 2, 3, 4, 5]);
        var start = SyntheticCandles.DefaultStart;
        var slice = s.SliceByCloseTime(start.AddHours(2), start.AddHours(4));
        Assert.Equal([2.0, 3.0, 4.0], slice.Close.ToArray());
    }

    [Fact]
    public void Gaps_are_kept_not_filled()
    {
        var b = NewBuilder();
        b.Add(T0, T0 + H, 1, 1, 1, 1, 0);
        b.Add(T0 + 5 * H, T0 + 6 * H, 1, 1, 1, 1, 0);
        var s = b.Build();
        Assert.Equal(2, s.Count);
        Assert.Equal(-1, s.IndexOfOpenTime(DateTimeOffset.FromUnixTimeMilliseconds(T0 + H)));
    }

    [Fact]
    public void Rejects_duplicate_and_out_of_order_bars()
    {
        var b = NewBuilder();
        b.Add(T0 + H, T0 + 2 * H, 1, 1, 1, 1, 0);
        Assert.False(b.TryAdd(T0 + H, T0 + 2 * H, 1, 1, 1, 1, 0, out var dup));
        Assert.Contains("duplicate", dup, StringComparison.Ordinal);
        Assert.False(b.TryAdd(T0, T0 + H, 1, 1, 1, 1, 0, out var order));
        Assert.Contains("before the previous bar", order, StringComparison.Ordinal);
        Assert.Equal(1, b.Count);
    }

    [Theory]
    [InlineData(double.NaN, 1, 1, 1, 0, "open")]
    [InlineData(1, 1, 1, 1, -1, "volume")]
    [InlineData(2, 1, 1, 1, 0, "high")]
    [InlineData(1, 2, 1.5, 1, 0, "low")]
    [InlineData(1, 1, 1, double.PositiveInfinity, 0, "close")]
    public void Builder_rejects_invalid_bars_naming_the_bar_and_field(double o, double h, double l, double c, double v, string field)
    {
        var b = NewBuilder();
        Assert.False(b.TryAdd(T0, T0 + H, o, h, l, c, v, out var error));
        Assert.Contains("2024-01-01T00:00:00.000Z", error, StringComparison.Ordinal);
        Assert.Contains(field, error, StringComparison.Ordinal);
        Assert.Equal(0, b.Count);
    }

    [Fact]
    public void Builder_cannot_be_reused_after_build()
    {
        var b = NewBuilder();
        b.Build();
        Assert.Throws<InvalidOperationException>(() => b.Add(T0, T0 + H, 1, 1, 1, 1, 0));
    }

    [Fact]
    public void Holds_real_binance_history_with_its_real_gaps()
    {
        var btc = SharedCandles.BinanceHourly("BTC");
        Assert.True(btc.Count > 60_000);
        // Binance's 33-hour outage on 2018-02-08..09 (datasets README): the bars are absent, not filled.
        var before = new DateTimeOffset(2018, 2, 8, 0, 0, 0, TimeSpan.Zero);
        var window = btc.SliceByCloseTime(before, before.AddDays(3));
        Assert.True(window.Count < 72 - 30, $"expected the outage to be missing, got {window.Count} bars in 72 hours");
    }
}
