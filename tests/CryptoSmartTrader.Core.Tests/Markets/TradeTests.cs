using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class TradeTests
{
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Notional_is_price_times_size()
    {
        Assert.Equal(250m, new Trade(T, 100m, 2.5m, TakerSide.Buy, "1").Notional);
    }

    [Theory]
    [InlineData(0, 1, "price")]
    [InlineData(-5, 1, "price")]
    [InlineData(10, 0, "size")]
    public void Rejects_non_positive_price_or_size(double price, double size, string field)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Trade(T, (decimal)price, (decimal)size, TakerSide.Sell));
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_undefined_side()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Trade(T, 1m, 1m, (TakerSide)9));
    }
}
