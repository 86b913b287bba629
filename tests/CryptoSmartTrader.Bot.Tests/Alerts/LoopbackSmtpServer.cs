using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryptoSmartTrader.Bot.Tests.Alerts;

/// <summary>A minimal SMTP sink on 127.0.0.1 that records each message's DATA section (RFC 5321 happy path only).</summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public List<string> Messages { get; } = [];

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                await Serve(client);
            }
        }
    }

    private async Task Serve(TcpClient client)
    {
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 loopback ESMTP");
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 loopback");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with .");
                    var data = new StringBuilder();
                    while ((line = await reader.ReadLineAsync()) is not null && line != ".")
                    {
                        data.AppendLine(line);
                    }

                    lock (Messages) Messages.Add(data.ToString());
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
