using System.Text;
using CryptoSmartTrader.Data.Exchanges.Streams;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Streams;

public sealed class Crc32Tests
{
    [Fact]
    public void Standard_check_value() =>
        // The published CRC-32/ISO-HDLC check value for "123456789".
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
}
