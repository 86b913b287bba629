using NetMQ;
using NetMQ.Sockets;

namespace CryptoSmartTrader.Kernel.Protocol;

/// <summary>The channels of a Jupyter kernel.</summary>
internal enum Channel
{
    Shell,
    Control,
    Stdin,
    IoPub,
}

/// <summary>
/// The five ZeroMQ sockets, owned by one poller thread (NetMQ sockets are not thread-safe): received messages are parsed, verified
/// and handed to <see cref="Received"/> on that thread; <see cref="Send"/> may be called from any thread and is queued to it, so
/// iopub messages leave in the order they were sent. The heartbeat is echoed on the poller thread, so it stays alive while cells run.
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<(Channel Channel, List<byte[]> Frames)> _outbox = new();
    private readonly NetMQPoller _poller;
    private readonly MessageSigner _signer;
    private readonly TextWriter _log;
    private int _queued;

    public KernelSockets(ConnectionInfo connection, TextWriter log)
    {
        _signer = new MessageSigner(connection.Key);
        _log = log;
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) s.Options.Linger = TimeSpan.FromSeconds(1);
        _shell.Bind(connection.Address(connection.ShellPort));
        _control.Bind(connection.Address(connection.ControlPort));
        _stdin.Bind(connection.Address(connection.StdinPort));
        _iopub.Bind(connection.Address(connection.IopubPort));
        _heartbeat.Bind(connection.Address(connection.HbPort));
        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartBytes(e.Socket.ReceiveMultipartBytes());
        _outbox.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                Socket(item.Channel).SendMultipartBytes(item.Frames);
                Interlocked.Decrement(ref _queued);
            }
        };
        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outbox };
    }

    /// <summary>Called on the poller thread for every verified message; must not block.</summary>
    public Action<Channel, JupyterMessage>? Received { get; set; }

    public void Start() => _poller.RunAsync("jupyter sockets");

    public void Send(Channel channel, JupyterMessage message)
    {
        Interlocked.Increment(ref _queued);
        _outbox.Enqueue((channel, message.ToFrames(_signer)));
    }

    public void Dispose()
    {
        // Give queued replies (e.g. shutdown_reply) a moment to leave before the sockets close.
        var deadline = Environment.TickCount64 + 1000;
        while (Volatile.Read(ref _queued) > 0 && Environment.TickCount64 < deadline) Thread.Sleep(10);
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) s.Dispose();
        _outbox.Dispose();
        NetMQConfig.Cleanup(block: true);
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        if (!socket.TryReceiveMultipartBytes(ref frames)) return;
        var message = JupyterMessage.Parse(frames, _signer, out var error);
        if (message is null)
        {
            // Never act on an unauthenticated message; the log says why so a misconfigured client can be found.
            _log.WriteLine($"[cst kernel] rejected a message on {channel.ToString().ToLowerInvariant()}: {error}");
            return;
        }

        Received?.Invoke(channel, message);
    }

    private NetMQSocket Socket(Channel channel) => channel switch
    {
        Channel.Shell => _shell,
        Channel.Control => _control,
        Channel.Stdin => _stdin,
        _ => _iopub,
    };
}
