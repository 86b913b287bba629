using System.Net;
using System.Net.Sockets;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// A loopback TCP relay in front of PostgreSQL for the partition test: <see cref="Cut"/> drops every relayed connection
/// and refuses new ones (the node is cut off while the server, shared with other tests, keeps running); <see cref="Heal"/> lets them through again.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _open = [];
    private readonly string _host;
    private readonly int _port;
    private volatile bool _cut;

    public TcpProxy(string host, int port)
    {
        (_host, _port) = (host, port);
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var c in _open) c.Dispose();
            _open.Clear();
        }
    }

    public void Heal() => _cut = false;

    public void Dispose()
    {
        Cut();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                client.Dispose();
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_host, _port);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(upstream);
            }

            var a = client.GetStream().CopyToAsync(upstream.GetStream());
            var b = upstream.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(a, b);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The relay was cut or one side closed: both sides are closed below.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }
}
