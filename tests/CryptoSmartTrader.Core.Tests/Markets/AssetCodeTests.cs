using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class AssetCodeTests
{
    [Theory]
    [InlineData("USDT", "USDT")]   // already canonical: returned as is
    [InlineData("1INCH", "1INCH")]
    [InlineData("usdt", "USDT")]
    [InlineData(" eth ", "ETH")]
    [InlineData("XBT", "BTC")]     // canonical shape but an alias: still mapped
    [InlineData("XDG", "DOGE")]
    [InlineData("xbt", "BTC")]
    [InlineData("XRP", "XRP")]     // starts like an alias, is not one
    [InlineData("ABCDEFGHIJKLMNOPQRST", "ABCDEFGHIJKLMNOPQRST")]
    public void Normalizes_case_whitespace_and_aliases(string input, string expected)
    {
        Assert.True(AssetCode.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("BTC-X")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")] // 21 characters
    public void Refuses_what_is_not_1_to_20_letters_and_digits(string? input)
    {
        Assert.False(AssetCode.TryNormalize(input, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }
}
