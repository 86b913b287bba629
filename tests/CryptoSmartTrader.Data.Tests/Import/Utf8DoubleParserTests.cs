using System.Globalization;
using System.Text;
using CryptoSmartTrader.Data.Import;

namespace CryptoSmartTrader.Data.Tests.Import;

/// <summary>The fast decimal parser must return the very double (bit for bit) that double.TryParse returns, or fail where it fails.</summary>
public sealed class Utf8DoubleParserTests
{
    private static void AssertSameAsRuntime(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expectedOk = double.TryParse(bytes, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
        var ok = Utf8DoubleParser.TryParse(bytes, out var actual);
        Assert.True(expectedOk == ok, $"'{text}': runtime parses {expectedOk}, fast parser {ok}");
        if (ok) Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"'{text}': {expected:R} != {actual:R}");
    }

    [Fact]
    public void Random_plain_decimals_parse_to_the_runtime_s_double()
    {
        var rng = new Random(20261206);
        for (var n = 0; n < 200_000; n++)
        {
            var sb = new StringBuilder();
            if (rng.Next(8) == 0) sb.Append('-');
            var intDigits = rng.Next(0, 12);
            var fracDigits = rng.Next(0, 24);
            for (var i = 0; i < intDigits; i++) sb.Append((char)('0' + rng.Next(10)));
            if (fracDigits > 0 || rng.Next(4) == 0) sb.Append('.');
            for (var i = 0; i < fracDigits; i++) sb.Append((char)('0' + rng.Next(10)));
            AssertSameAsRuntime(sb.ToString());
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.1")]
    [InlineData("67432.10000000")]
    [InlineData("0.00000001")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("9007199254740993.5")]
    [InlineData("12345678901234567890")]
    [InlineData("0.1234567890123456789012")]
    [InlineData("0.12345678901234567890123")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e5")]
    [InlineData("1.5E-3")]
    [InlineData("+1.5")]
    [InlineData(" 1.5")]
    [InlineData("1.5 ")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1,5")]
    public void Edge_cases_match_the_runtime(string text) => AssertSameAsRuntime(text);
}
