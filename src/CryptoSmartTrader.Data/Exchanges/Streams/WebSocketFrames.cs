using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>Whole-message send/receive over a <see cref="WebSocket"/>; binary frames are gunzipped (HTX compresses every frame).</summary>
internal static class WebSocketFrames
{
    public static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>The next message as text, or null when the server closed the connection.</summary>
    public static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Binary)
            {
                message.Position = 0;
                await using var gzip = new GZipStream(message, CompressionMode.Decompress, leaveOpen: true);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }

            return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
        }
    }
}
