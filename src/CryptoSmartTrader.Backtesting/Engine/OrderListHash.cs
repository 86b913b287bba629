using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// A fingerprint of a run's orders: lowercase hex SHA-256 over UTF-8 text with one line per order, in submission order:
/// <c>time|clientOrderId|exchange|symbol|side|type|quantity|limit|stop|tif|postOnly|reduceOnly\n</c>.
/// Times are ISO-8601 UTC with milliseconds; decimals are invariant with trailing zeros removed (1.50 → 1.5) so the
/// hash does not depend on a value's scale; absent prices are empty. Two runs with equal hashes sent the same orders.
/// </summary>
public static class OrderListHash
{
    public static string Compute(IEnumerable<OrderRecord> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new OrderLineWriter(sha);
        if (orders is IReadOnlyList<OrderRecord> list)
        {
            for (var k = 0; k < list.Count; k++) writer.Append(list[k]);
        }
        else
        {
            foreach (var o in orders) writer.Append(o);
        }

        writer.Flush();
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The canonical line of one order (with its trailing newline). The reference text: <see cref="Compute"/>
    /// writes the same bytes with <see cref="OrderLineWriter"/>.</summary>
    public static string CanonicalLine(OrderRecord order)
    {
        var sb = new StringBuilder(160);
        AppendLine(sb, order);
        return sb.ToString();
    }

    private static void AppendLine(StringBuilder sb, OrderRecord o)
    {
        var r = o.Request;
        sb.Append(o.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append('|')
            .Append(r.ClientOrderId).Append('|')
            .Append(r.Exchange).Append('|')
            .Append(r.Symbol).Append('|')
            .Append(r.Side).Append('|')
            .Append(r.Type).Append('|')
            .Append(D(r.Quantity)).Append('|')
            .Append(r.LimitPrice is { } l ? D(l) : string.Empty).Append('|')
            .Append(r.StopPrice is { } s ? D(s) : string.Empty).Append('|')
            .Append(r.TimeInForce).Append('|')
            .Append(r.PostOnly ? '1' : '0').Append('|')
            .Append(r.ReduceOnly ? '1' : '0').Append('\n');
    }

    internal static string D(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) switch
    {
        var s when s.Contains('.') => s.TrimEnd('0').TrimEnd('.'),
        var s => s,
    };
}
