using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// Scores headlines with an OpenAI-compatible chat model. The request asks for strict JSON
/// (<c>{"label": -1|0|1, "score": −1..1}</c>) through a JSON-schema response format at temperature 0. Successful answers
/// are cached by SHA-256 of model + text; request starts are rate limited. When the endpoint is not configured, unreachable,
/// returns an error or answers anything but the schema, the score is <see cref="SentimentScore.Missing"/> (not cached,
/// so a later call may succeed) — never a substitute value.
/// </summary>
public sealed class LlmSentimentScorer : ISentimentScorer, IDisposable
{
    private const string Schema = """
        {"type":"object","properties":{"label":{"type":"integer","enum":[-1,0,1]},"score":{"type":"number","minimum":-1,"maximum":1}},"required":["label","score"],"additionalProperties":false}
        """;

    private const string Instructions =
        "You rate the sentiment of one crypto-market news headline for crypto prices. Answer only with JSON: " +
        "label -1 (negative), 0 (neutral) or 1 (positive) and score in [-1, 1].";

    private readonly SentimentLlmOptions _options;
    private readonly ChatClient? _client;
    private readonly IntervalRateLimiter _limiter;
    private readonly ConcurrentDictionary<string, SentimentScore> _cache = new(StringComparer.Ordinal);

    public LlmSentimentScorer(IOptions<SentimentLlmOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        if (!(_options.MaxRequestsPerSecond > 0))
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxRequestsPerSecond, "sentiment llm: MaxRequestsPerSecond must be > 0");
        _limiter = new IntervalRateLimiter(TimeSpan.FromSeconds(1 / _options.MaxRequestsPerSecond), time);
        if (_options.Endpoint is not null && !string.IsNullOrWhiteSpace(_options.Model))
        {
            var clientOptions = new OpenAIClientOptions
            {
                Endpoint = _options.Endpoint,
                NetworkTimeout = _options.Timeout,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // a failure is reported as missing; the caller decides about retries
            };
            _client = new ChatClient(_options.Model, new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? "none" : _options.ApiKey), clientOptions);
        }
    }

    /// <summary>How many requests actually went to the server (cache hits excluded).</summary>
    public int RequestCount => _requests;

    private int _requests;

    public async ValueTask<SentimentScore> ScoreAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_client is null)
        {
            return SentimentScore.Missing("sentiment llm: no endpoint/model configured");
        }

        var key = CacheKey(_options.Model, text);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _requests);
        string content;
        try
        {
            var request = new ChatCompletionOptions
            {
                Temperature = 0,
                ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("headline_sentiment", BinaryData.FromString(Schema), jsonSchemaIsStrict: true),
            };
            ChatMessage[] messages = [new SystemChatMessage(Instructions), new UserChatMessage(text.Trim())];
            var completion = (await _client.CompleteChatAsync(messages, request, cancellationToken).ConfigureAwait(false)).Value;
            content = completion.Content.Count > 0 ? completion.Content[0].Text ?? string.Empty : string.Empty;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or OperationCanceledException or InvalidOperationException or JsonException)
        {
            return SentimentScore.Missing($"sentiment llm: request failed ({e.GetType().Name}: {e.Message})");
        }

        var parsed = Parse(content);
        if (!parsed.IsMissing)
        {
            _cache[key] = parsed;
        }

        return parsed;
    }

    internal static SentimentScore Parse(string content)
    {
        try
        {
            using var doc = JsonDocument.Parse(content);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("label", out var l) && l.TryGetInt32(out var label)
                && root.TryGetProperty("score", out var s) && s.TryGetDouble(out var score)
                && label is >= -1 and <= 1 && double.IsFinite(score) && score is >= -1 and <= 1)
            {
                return SentimentScore.Of(score, label);
            }
        }
        catch (JsonException)
        {
        }

        var shown = content.Length > 80 ? content[..80] + "…" : content;
        return SentimentScore.Missing($"sentiment llm: answer is not {{label: -1|0|1, score: -1..1}}: '{shown}'");
    }

    internal static string CacheKey(string model, string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + text.Trim())));

    public void Dispose() => _limiter.Dispose();
}
