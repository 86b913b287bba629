using System.Net.WebSockets;
using System.Text;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>Server-side helpers for scripted WebSocket conversations.</summary>
public static class SocketScript
{
    public static Task SendAsync(WebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message, or null once the client closed.</summary>
    public static async Task<string?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var ms = new MemoryStream();
        try
        {
            while (true)
            {
                var r = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (r.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                ms.Write(buffer, 0, r.Count);
                if (r.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(ms.ToArray());
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Keeps the connection open until the client goes away.</summary>
    public static async Task DrainAsync(WebSocket socket)
    {
        while (await ReceiveAsync(socket) is not null)
        {
        }
    }

    public static async Task<List<T>> TakeAsync<T>(IAsyncEnumerable<T> source, Func<List<T>, bool> done)
    {
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // guards against a hang, not a timing assertion
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(safety.Token))
        {
            list.Add(item);
            if (done(list))
            {
                break;
            }
        }

        return list;
    }

    /// <summary>The pushed ('=') frames of a recorded subscription transcript.</summary>
    public static IReadOnlyList<string> Pushed(params string[] parts) =>
        [.. RecordedPayload.Transcript(parts).Where(t => t.Kind == '=').Select(t => t.Json)];
}
