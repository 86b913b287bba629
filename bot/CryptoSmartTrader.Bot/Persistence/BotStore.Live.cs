namespace CryptoSmartTrader.Bot.Persistence;

internal sealed partial class BotStore
{
    /// <summary>Statuses of orders whose outcome the venue still has to confirm (intent written, no terminal answer yet).</summary>
    public static readonly IReadOnlySet<string> Unsettled = new HashSet<string>(StringComparer.Ordinal) { "intent", "New", "PartiallyFilled" };

    /// <summary>Records what start-up reconciliation learned about a stored order from the venue.</summary>
    public void MarkOrder(string clientOrderId, string status, decimal filled, string? venueOrderId, string reason, DateTimeOffset time) =>
        WriteFenced("UPDATE bot_orders SET status = @s, filled = @f, venue_order_id = COALESCE(@v, venue_order_id), reason = @r, updated_ms = @t WHERE client_order_id = @id",
            ("@s", status), ("@f", D(filled)), ("@v", venueOrderId), ("@r", reason), ("@t", time.ToUnixTimeMilliseconds()), ("@id", clientOrderId));

    /// <summary>The reason stored with an order (a venue reject, a reconciliation note), or null.</summary>
    public string? ReasonOf(string clientOrderId)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT reason FROM bot_orders WHERE client_order_id = @id", null, ("@id", clientOrderId));
            return cmd.ExecuteScalar() as string;
        }
    }
}
