using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>Turns a parser failure on a pushed frame into a <see cref="StreamNoticeKind.Rejected"/> notice instead of killing the stream.</summary>
internal static class StreamParsing
{
    public static ProtocolOutput Guard(Exchange exchange, Symbol symbol, string frame, Func<JsonElement, ProtocolOutput> parse)
    {
        try
        {
            using var doc = JsonDocument.Parse(frame);
            return parse(doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or PayloadException or FormatException or ArgumentException)
        {
            var output = new ProtocolOutput();
            output.Messages.Add(new StreamNotice(exchange, symbol, StreamNoticeKind.Rejected, $"dropped frame: {ex.Message}"));
            return output;
        }
    }

    public static BookLevel[] Levels(JsonElement side, string path) =>
        [.. JsonFields.Array(side, path).EnumerateArray().Select((l, i) => new BookLevel(
            JsonFields.Decimal(JsonFields.Index(l, 0, $"{path}[{i}]"), $"{path}[{i}][0]"),
            JsonFields.Decimal(JsonFields.Index(l, 1, $"{path}[{i}]"), $"{path}[{i}][1]")))];
}
