namespace CryptoSmartTrader.Data.Exchanges.Http;

/// <summary>What one HTTP attempt returned; the resilience pipeline decides from it whether to retry.</summary>
internal sealed record HttpAttempt(int Status, string Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>429 Too Many Requests, or Binance's 418 "IP banned for a while".</summary>
    public bool IsRateLimited => Status is 429 or 418;

    public bool IsServerError => Status >= 500;
}
