using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;

namespace CryptoSmartTrader.Data.Exchanges.Http;

/// <summary>Runs a parser over a response and turns parser and domain-validation failures into typed errors.</summary>
internal static class ParseGuard
{
    public static ExchangeResult<T> Run<T>(Exchange exchange, string endpoint, ExchangeResult<JsonDocument> response, Func<JsonElement, T> parse)
    {
        if (!response.IsSuccess)
        {
            return response.Error;
        }

        using var doc = response.Value;
        try
        {
            return parse(doc.RootElement);
        }
        catch (PayloadException ex)
        {
            return new ExchangeError(exchange, ExchangeErrorKind.Malformed, "malformed", ex.Message, endpoint);
        }
        catch (FormatException ex)
        {
            return new ExchangeError(exchange, ExchangeErrorKind.Malformed, "malformed", ex.Message, endpoint);
        }
        catch (ArgumentException ex)
        {
            return new ExchangeError(exchange, ExchangeErrorKind.Invalid, "invalid", ex.Message, endpoint);
        }
    }
}
