using CryptoSmartTrader.Core.Orders;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>
/// Resolves a placement whose response was lost. It only ever queries by client order id: found means placed; "unknown
/// order" after the venue's acceptance window (plus skew) means the venue can no longer accept it, so not placed.
/// </summary>
internal sealed class UnknownOutcomeResolver(IVenueAccount venue, UnknownOutcomeOptions options, TimeProvider time, ILogger logger)
{
    // A success status with a body we cannot read (cut off, garbled, missing fields) is as unknown as no answer: the venue
    // accepted the request, so reporting "not placed" would let the next bar send the same trade again.
    public static bool IsUnknownOutcome(ExchangeError error) =>
        error.Kind is ExchangeErrorKind.Timeout or ExchangeErrorKind.Network or ExchangeErrorKind.Malformed or ExchangeErrorKind.Invalid
        || (error.Kind == ExchangeErrorKind.Http && error.Code.Length == 3 && error.Code[0] == '5');

    public async Task<OrderPlacement> ResolveAsync(OrderRequest request, DateTimeOffset sentAt, ExchangeError cause, CancellationToken cancellationToken)
    {
        logger.LogWarning("{Exchange} order {ClientOrderId}: outcome unknown ({Kind}); querying by client order id", venue.Exchange,
            request.ClientOrderId, cause.Kind);
        var closesAt = sentAt + venue.AcceptanceWindow + options.ClockSkewAllowance;
        ExchangeError last = cause;
        for (var query = 1; query <= Math.Max(1, options.MaxQueries); query++)
        {
            var found = await venue.GetOrderAsync(request.Symbol, request.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (found.IsSuccess)
            {
                return OrderPlacement.Placed(found.Value, resolvedByQuery: true, queries: query);
            }

            last = found.Error;
            if (found.Error.Kind == ExchangeErrorKind.UnknownOrder && time.GetUtcNow() > closesAt)
            {
                var notPlaced = new ExchangeError(venue.Exchange, ExchangeErrorKind.UnknownOrder, found.Error.Code,
                    $"order {request.ClientOrderId} not found after the venue's acceptance window closed ({cause.Kind} on place): not placed",
                    found.Error.Endpoint);
                return OrderPlacement.NotPlaced(notPlaced, resolvedByQuery: true, queries: query);
            }

            if (query < options.MaxQueries)
            {
                // The last query waits for the window to close when the order is still unseen, so a long window
                // (HTX: minutes) ends in a definite answer instead of running out of queries.
                var wait = options.QueryInterval;
                if (query == options.MaxQueries - 1 && found.Error.Kind == ExchangeErrorKind.UnknownOrder && closesAt - time.GetUtcNow() is var left
                    && left > wait)
                {
                    wait = left + TimeSpan.FromMilliseconds(1);
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }

        return OrderPlacement.Unknown(last, options.MaxQueries);
    }
}
