using CryptoSmartTrader.Features.Indicators.Volume;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Indicators.Volume;

public sealed class VolumeReferenceTests
{
    [Fact]
    public void Obv_by_hand_starts_at_zero_and_adds_signed_volume()
    {
        var obv = new Obv().Compute(SyntheticCandles.FromCloses([10, 11, 11, 9, 12], volume: 2)).Columns[0];
        Assert.Equal([0, 2, 2, 0, 2], obv);
    }

    [Fact]
    public void Mfi_is_100_when_typical_price_only_rises()
    {
        var mfi = new Mfi(3).Compute(SyntheticCandles.FromCloses([1, 2, 3, 4, 5])).Columns[0];
        Assert.Equal(100, mfi[^1]);
    }

    [Fact]
    public void Obv_and_mfi_match_independent_reference_on_real_btc()
    {
        ReferenceValues.AssertColumn(new Obv(), "obv", ReferenceValues.Obv);
        ReferenceValues.AssertColumn(new Mfi(14), "mfi_14", ReferenceValues.Mfi14);
    }
}
