namespace CryptoSmartTrader.Data.Exchanges.Json;

/// <summary>Thrown inside parsers only; the adapters turn it into an <see cref="ExchangeErrorKind.Malformed"/> error at their boundary.</summary>
internal sealed class PayloadException(string message) : Exception(message);
