using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>A typed failure from a venue call, with the venue's own code and message when it sent one.</summary>
public sealed record ExchangeError(Exchange Exchange, ExchangeErrorKind Kind, string Code, string Message, string? Endpoint = null)
{
    public override string ToString() =>
        $"{Exchange} {Kind}{(Code.Length > 0 ? $" [{Code}]" : string.Empty)}: {Message}{(Endpoint is null ? string.Empty : $" ({Endpoint})")}";
}
