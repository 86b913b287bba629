using System.Net.Http.Headers;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CryptoSmartTrader.Data.Exchanges.Http;

/// <summary>
/// Sends one REST request through the venue's rate limiter and resilience pipeline and returns parsed JSON or a typed
/// error. Venue error payloads are recognised by <paramref name="venueError"/>, which sees every parsed body.
/// </summary>
internal sealed class RestTransport(
    Exchange exchange,
    HttpClient http,
    ExchangeOptions options,
    IRequestLimiter limiter,
    TimeProvider time,
    Func<JsonElement, int, ExchangeError?> venueError)
{
    private readonly ResiliencePipeline<HttpAttempt> _pipeline = ResiliencePipelines.Create(options, time);

    public Exchange Exchange => exchange;

    public Task<ExchangeResult<JsonDocument>> GetAsync(string pathAndQuery, int weight, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, pathAndQuery, weight, cancellationToken);

    public async Task<ExchangeResult<JsonDocument>> SendAsync(HttpMethod method, string pathAndQuery, int weight, CancellationToken cancellationToken)
    {
        var endpoint = pathAndQuery.Split('?')[0];
        var baseUrl = options.RestBaseUrl.ToString();
        var uri = new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), pathAndQuery.TrimStart('/'));
        HttpAttempt attempt;
        try
        {
            attempt = await _pipeline.ExecuteAsync(async token =>
            {
                await limiter.WaitAsync(weight, token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(method, uri);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                limiter.Observe(response);
                var body = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
                return new HttpAttempt((int)response.StatusCode, body, RetryAfterOf(response.Headers));
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            return Error(ExchangeErrorKind.CircuitOpen, "circuit-open", $"circuit open after repeated failures: {ex.Message}", endpoint);
        }
        catch (TimeoutRejectedException)
        {
            return Error(ExchangeErrorKind.Timeout, "timeout", $"no response within {options.Timeout.TotalSeconds:0.###} s", endpoint);
        }
        catch (HttpRequestException ex)
        {
            return Error(ExchangeErrorKind.Network, "network", ex.Message, endpoint);
        }

        return Interpret(attempt, endpoint);
    }

    private ExchangeResult<JsonDocument> Interpret(HttpAttempt attempt, string endpoint)
    {
        JsonDocument? doc = null;
        string? jsonError = null;
        try
        {
            doc = JsonDocument.Parse(attempt.Body);
        }
        catch (JsonException ex)
        {
            jsonError = ex.Message;
        }

        if (doc is not null && venueError(doc.RootElement, attempt.Status) is { } venue)
        {
            doc.Dispose();
            var kind = attempt.IsRateLimited ? ExchangeErrorKind.RateLimited : venue.Kind;
            return venue with { Kind = kind, Endpoint = endpoint };
        }

        if (attempt.IsRateLimited)
        {
            doc?.Dispose();
            var wait = attempt.RetryAfter is { } ra ? $"; venue asked to wait {ra.TotalSeconds:0.###} s" : string.Empty;
            return Error(ExchangeErrorKind.RateLimited, attempt.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"rate limited (HTTP {attempt.Status}){wait}", endpoint);
        }

        if (!attempt.IsSuccess)
        {
            doc?.Dispose();
            return Error(ExchangeErrorKind.Http, attempt.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"HTTP {attempt.Status}: {Truncate(attempt.Body)}", endpoint);
        }

        return doc is not null
            ? doc
            : Error(ExchangeErrorKind.Malformed, "invalid-json", $"response is not valid JSON: {jsonError}", endpoint);
    }

    private TimeSpan? RetryAfterOf(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter is not { } ra)
        {
            return null;
        }

        if (ra.Delta is { } delta)
        {
            return delta;
        }

        return ra.Date is { } date ? (date - time.GetUtcNow()) is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero : null;
    }

    private ExchangeError Error(ExchangeErrorKind kind, string code, string message, string endpoint) => new(exchange, kind, code, message, endpoint);

    private static string Truncate(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
