namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>Settings of the LLM sentiment scorer (bind from configuration section "Sentiment:Llm").</summary>
public sealed class SentimentLlmOptions
{
    /// <summary>Base URL of an OpenAI-compatible API, e.g. <c>http://127.0.0.1:8080/v1</c>. Unset = the scorer is unavailable.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = string.Empty;

    /// <summary>API key sent as a bearer token; some local servers accept any non-empty value.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Upper bound on request starts per second (requests are spaced by 1/rate).</summary>
    public double MaxRequestsPerSecond { get; set; } = 2;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
