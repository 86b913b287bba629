namespace CryptoSmartTrader.Data.Exchanges.RateLimiting;

/// <summary>Paces requests to a venue before they are sent and learns from the venue's usage headers afterwards.</summary>
internal interface IRequestLimiter
{
    /// <summary>Waits (on the injected clock) until a request of <paramref name="cost"/> fits the budget, then books it.</summary>
    ValueTask WaitAsync(int cost, CancellationToken cancellationToken);

    /// <summary>Adjusts the booked usage from response headers when the venue reports it.</summary>
    void Observe(HttpResponseMessage response);
}
