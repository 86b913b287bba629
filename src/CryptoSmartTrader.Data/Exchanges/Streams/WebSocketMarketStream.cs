using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CryptoSmartTrader.Core.Markets;
using Polly;
using Polly.Retry;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>
/// Runs one venue protocol over <see cref="ClientWebSocket"/>: connect, subscribe, read, and after any drop wait
/// (a Polly retry: exponential backoff with jitter on the injected clock, reset by every successful connection),
/// reconnect and resubscribe. Books that the venue sends as
/// deltas are kept by an <see cref="OrderBookKeeper"/> seeded from a REST snapshot; a gap discards the book, is
/// reported, and a new snapshot is fetched.
/// </summary>
internal sealed class WebSocketMarketStream(IStreamProtocol protocol, IMarketDataClient rest, ExchangeOptions options, TimeProvider time)
    : IMarketStream
{
    public Exchange Exchange => protocol.Exchange;

    public async IAsyncEnumerable<StreamMessage> SubscribeAsync(StreamRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<StreamMessage>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var pump = Task.Run(() => PumpAsync(request, channel.Writer, cts.Token), CancellationToken.None);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return message;
            }
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await pump.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task PumpAsync(StreamRequest request, ChannelWriter<StreamMessage> writer, CancellationToken ct)
    {
        // One pipeline run is one streak of reconnects: it ends when a connection that had been established drops, and
        // the next run starts by replaying that drop as its first failure, so the backoff restarts from the base delay.
        string? dropped = null;
        var reconnect = Reconnect(request, writer, ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var end = await reconnect.ExecuteAsync(async token =>
                {
                    if (dropped is { } reason)
                    {
                        dropped = null;
                        return new ConnectionEnd(reason, Connected: false);
                    }

                    var connected = false;
                    try
                    {
                        return new ConnectionEnd(await RunConnectionAsync(request, writer, () => connected = true, token).ConfigureAwait(false), Connected: true);
                    }
                    catch (Exception ex) when (connected && IsTransient(ex) && !token.IsCancellationRequested)
                    {
                        return new ConnectionEnd(ex.Message, Connected: true);
                    }
                }, ct).ConfigureAwait(false);
                dropped = end.Reason;
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // The subscriber has left: a connect refused in the moment it cancelled (not an OperationCanceledException,
            // and no longer retried) concerns nobody and must not surface from the enumerator's disposal.
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private ResiliencePipeline<ConnectionEnd> Reconnect(StreamRequest request, ChannelWriter<StreamMessage> writer, CancellationToken ct) =>
        new ResiliencePipelineBuilder<ConnectionEnd> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ConnectionEnd>
            {
                // Failures to connect and replayed drops are retried for as long as the subscriber listens.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e
                    ? IsTransient(e) && !ct.IsCancellationRequested
                    : !args.Outcome.Result!.Connected),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.ReconnectBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                // Jitter (Polly's decorrelated exponential) keeps many clients from reconnecting in lockstep.
                UseJitter = true,
                OnRetry = async args =>
                {
                    var reason = args.Outcome.Exception?.Message ?? args.Outcome.Result!.Reason;
                    await writer.WriteAsync(Notice(request, StreamNoticeKind.Disconnected, $"{reason}; reconnecting in {args.RetryDelay.TotalSeconds:0.###} s"),
                        args.Context.CancellationToken).ConfigureAwait(false);
                },
            })
            .Build();

    private static bool IsTransient(Exception ex) => ex is WebSocketException or IOException or HttpRequestException or InvalidOperationException;

    private async Task<string> RunConnectionAsync(StreamRequest request, ChannelWriter<StreamMessage> writer, Action onConnected, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        var url = await protocol.ResolveUrlAsync(ct).ConfigureAwait(false);
        await socket.ConnectAsync(url, ct).ConfigureAwait(false);
        onConnected();
        foreach (var subscribe in protocol.SubscribeMessages(request))
        {
            await WebSocketFrames.SendAsync(socket, subscribe, ct).ConfigureAwait(false);
        }

        await writer.WriteAsync(Notice(request, StreamNoticeKind.Connected, $"connected to {url.GetLeftPart(UriPartial.Path)}"), ct).ConfigureAwait(false);
        using var keepAliveCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var keepAlive = protocol.KeepAlive is { } ka ? KeepAliveAsync(socket, ka.Message, ka.Interval, keepAliveCts.Token) : Task.CompletedTask;
        var keeper = request.Channel == StreamChannel.OrderBook && protocol.BookNeedsRestSnapshot
            ? new OrderBookKeeper(protocol.Exchange, request.Symbol)
            : null;
        try
        {
            while (true)
            {
                var frame = await WebSocketFrames.ReceiveAsync(socket, ct).ConfigureAwait(false);
                if (frame is null)
                {
                    return "server closed the connection";
                }

                var output = protocol.Handle(frame, request);
                if (output.Reply is { } reply)
                {
                    await WebSocketFrames.SendAsync(socket, reply, ct).ConfigureAwait(false);
                }

                foreach (var message in output.Messages)
                {
                    await writer.WriteAsync(message, ct).ConfigureAwait(false);
                }

                if (output.Snapshot is { } pushed && request.Channel == StreamChannel.OrderBook)
                {
                    await writer.WriteAsync(new BookMessage(Exchange, request.Symbol, pushed), ct).ConfigureAwait(false);
                }

                if (output.Resync is { } resync)
                {
                    await writer.WriteAsync(Notice(request, StreamNoticeKind.Gap, $"{resync}; book discarded, resubscribing for a new snapshot"), ct)
                        .ConfigureAwait(false);
                    return resync;
                }

                if (keeper is not null && output.Deltas.Count > 0)
                {
                    await new BookSync(keeper, rest, request, writer).ApplyAsync(output.Deltas, ct).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await keepAliveCts.CancelAsync().ConfigureAwait(false);
            await keepAlive.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync(WebSocket socket, string message, TimeSpan interval, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            await Task.Delay(interval, time, ct).ConfigureAwait(false);
            await WebSocketFrames.SendAsync(socket, message, ct).ConfigureAwait(false);
        }
    }

    private StreamNotice Notice(StreamRequest request, StreamNoticeKind kind, string message) => new(Exchange, request.Symbol, kind, message);

    /// <summary>Why a connection attempt ended, and whether it had connected first (a drop) or never got there.</summary>
    private sealed record ConnectionEnd(string Reason, bool Connected);
}
