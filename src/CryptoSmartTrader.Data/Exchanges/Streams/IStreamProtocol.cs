namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>A venue's WebSocket dialect: where to connect, how to subscribe, how to read frames and keep the connection alive.</summary>
internal interface IStreamProtocol
{
    Core.Markets.Exchange Exchange { get; }

    /// <summary>The URL for a new connection (KuCoin asks REST for a token first).</summary>
    ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken);

    IReadOnlyList<string> SubscribeMessages(StreamRequest request);

    /// <summary>Parses one text frame (already gunzipped for HTX).</summary>
    ProtocolOutput Handle(string frame, StreamRequest request);

    /// <summary>A client-side keep-alive message and its interval, or null when the venue pings us.</summary>
    (string Message, TimeSpan Interval)? KeepAlive { get; }

    /// <summary>Whether books on this venue come as REST snapshot + deltas (true) or are pushed as snapshots by the socket.</summary>
    bool BookNeedsRestSnapshot { get; }
}
