using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CryptoSmartTrader.Data.Exchanges.Http;

/// <summary>
/// Retry (exponential backoff with jitter, or exactly the venue's Retry-After on 429/418) around a circuit breaker
/// (5xx, timeouts and network failures) around a per-attempt timeout, all on the injected clock.
/// </summary>
internal static class ResiliencePipelines
{
    public static ResiliencePipeline<HttpAttempt> Create(ExchangeOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpAttempt>
        {
            FailureRatio = options.CircuitFailureRatio,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = options.CircuitSamplingDuration,
            BreakDuration = options.CircuitBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
        });
        builder.AddTimeout(options.Timeout);
        return builder.Build();
    }

    internal static bool IsFailure(Outcome<HttpAttempt> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException || outcome.Result is { IsServerError: true };

    private static bool ShouldRetry(Outcome<HttpAttempt> outcome, ExchangeOptions options)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var r = outcome.Result!;
        if (r.IsRateLimited)
        {
            // A ban longer than we are willing to block is reported, not slept through.
            return r.RetryAfter is null || r.RetryAfter <= options.MaxRetryAfter;
        }

        return r.IsServerError;
    }
}
