using System.Globalization;
using System.Text;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CryptoSmartTrader.Data.Exchanges.Private.Signing;

/// <summary>
/// Sends signed requests through the venue's limiter and resilience pipeline. Reads may be retried; writes (place,
/// cancel) are sent once, because a retried order is a duplicated order. Logs carry the method, path without query
/// and status only: queries and headers hold keys and signatures. Every error leaves through <see cref="Fail"/> or
/// <see cref="Parse{T}"/>, where <see cref="SecretRedactor"/> removes credentials and request signatures the venue echoed.
/// </summary>
internal sealed class SignedTransport
{
    private readonly Exchange _exchange;
    private readonly HttpClient _http;
    private readonly ExchangeOptions _options;
    private readonly IRequestLimiter _limiter;
    private readonly ILogger _logger;
    private readonly Func<JsonElement, int, ExchangeError?> _venueError;
    private readonly ResiliencePipeline<HttpAttempt> _reads;
    private readonly ResiliencePipeline<HttpAttempt> _writes;
    private readonly SecretRedactor _redactor;

    public SignedTransport(Exchange exchange, HttpClient http, ExchangeOptions options, IRequestLimiter limiter, TimeProvider time,
        ILogger logger, Func<JsonElement, int, ExchangeError?> venueError, ApiCredentials? credentials = null)
    {
        _redactor = new SecretRedactor(credentials);
        _exchange = exchange;
        _http = http;
        _options = options;
        _limiter = limiter;
        _logger = logger;
        _venueError = venueError;
        _reads = ResiliencePipelines.Create(options, time);
        var once = options.Clone();
        once.MaxRetries = 0;
        _writes = ResiliencePipelines.Create(once, time);
    }

    public Uri BaseUrl => _options.RestBaseUrl;

    public async Task<ExchangeResult<JsonDocument>> SendAsync(Func<SignedRequest> build, string endpoint, int weight, bool isWrite,
        CancellationToken cancellationToken)
    {
        var baseUrl = _options.RestBaseUrl.ToString();
        var root = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        HttpAttempt attempt;
        // The key material of the last attempt: a venue may echo its signature, which only this request knows.
        IReadOnlyList<string?> sensitive = [];
        try
        {
            attempt = await (isWrite ? _writes : _reads).ExecuteAsync(async token =>
            {
                await _limiter.WaitAsync(weight, token).ConfigureAwait(false);
                var signed = build();
                sensitive = SecretRedactor.SensitiveParts(signed).ToList();
                using var request = new HttpRequestMessage(signed.Method, new Uri(root, signed.PathAndQuery.TrimStart('/')));
                foreach (var (name, value) in signed.Headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                if (signed.Body is not null)
                {
                    request.Content = new StringContent(signed.Body, Encoding.UTF8);
                    request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(signed.ContentType);
                }

                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                _limiter.Observe(response);
                var body = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
                return new HttpAttempt((int)response.StatusCode, body, response.Headers.RetryAfter?.Delta);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            return Fail(ExchangeErrorKind.CircuitOpen, "circuit-open", "circuit open after repeated failures; request not sent", endpoint, sensitive);
        }
        catch (TimeoutRejectedException)
        {
            return Fail(ExchangeErrorKind.Timeout, "timeout", $"no response within {_options.Timeout.TotalSeconds:0.###} s", endpoint, sensitive);
        }
        catch (HttpRequestException ex)
        {
            return Fail(ExchangeErrorKind.Network, "network", ex.HttpRequestError.ToString(), endpoint, sensitive);
        }

        _logger.LogDebug("{Exchange} {Endpoint} answered HTTP {Status}", _exchange, endpoint, attempt.Status);
        return Interpret(attempt, endpoint, sensitive);
    }

    /// <summary>Parses a response as the clients' parsers do, with any error cleaned like the transport's own.</summary>
    public ExchangeResult<T> Parse<T>(string endpoint, ExchangeResult<JsonDocument> response, Func<JsonElement, T> parse)
    {
        var result = ParseGuard.Run(_exchange, endpoint, response, parse);
        return result.IsSuccess ? result : _redactor.Redact(result.Error);
    }

    private ExchangeResult<JsonDocument> Interpret(HttpAttempt attempt, string endpoint, IReadOnlyList<string?> sensitive)
    {
        JsonDocument? doc = null;
        try
        {
            doc = JsonDocument.Parse(attempt.Body);
        }
        catch (JsonException)
        {
        }

        if (doc is not null && _venueError(doc.RootElement, attempt.Status) is { } venue)
        {
            doc.Dispose();
            return Fail(attempt.IsRateLimited ? ExchangeErrorKind.RateLimited : venue.Kind, venue.Code, venue.Message, endpoint, sensitive);
        }

        var status = attempt.Status.ToString(CultureInfo.InvariantCulture);
        if (attempt.IsRateLimited || !attempt.IsSuccess)
        {
            doc?.Dispose();
            var kind = attempt.IsRateLimited ? ExchangeErrorKind.RateLimited
                : attempt.Status is 401 or 403 ? ExchangeErrorKind.PermissionDenied : ExchangeErrorKind.Http;
            return Fail(kind, status, $"HTTP {attempt.Status}", endpoint, sensitive);
        }

        return doc is not null ? doc : Fail(ExchangeErrorKind.Malformed, "invalid-json", "response is not valid JSON", endpoint, sensitive);
    }

    private ExchangeError Fail(ExchangeErrorKind kind, string code, string message, string endpoint, IReadOnlyList<string?> sensitive)
    {
        var error = _redactor.Redact(new ExchangeError(_exchange, kind, code, message, endpoint), sensitive);
        _logger.LogWarning("{Exchange} private call failed: {Error}", _exchange, error);
        return error;
    }
}
