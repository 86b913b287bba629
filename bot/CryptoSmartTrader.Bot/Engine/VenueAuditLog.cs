using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// The venue's own record of who sent it which order (<see cref="EngineOptions.VenueLogPath"/>, a test hook): one
/// <c>node,token,clientOrderId,accepted</c> line per new order, appended and flushed at once so a killed node loses nothing it sent.
/// </summary>
internal sealed class VenueAuditLog(string path, string node, long token)
{
    private readonly object _gate = new();

    public void Append(Order order, bool accepted)
    {
        var line = FormattableString.Invariant($"{node},{token},{order.ClientOrderId},{accepted}\n");
        lock (_gate)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            using var writer = new StreamWriter(stream);
            writer.Write(line);
        }
    }
}
