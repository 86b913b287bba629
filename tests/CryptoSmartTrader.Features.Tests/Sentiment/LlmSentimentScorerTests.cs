using System.Text.Json;
using CryptoSmartTrader.Features.Sentiment;
using CryptoSmartTrader.TestKit.Time;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

public sealed class LlmSentimentScorerTests
{
    private static LlmSentimentScorer Scorer(Uri? endpoint, TimeProvider? time = null, double rate = 1000) =>
        new(Options.Create(new SentimentLlmOptions { Endpoint = endpoint, Model = "stub-1", ApiKey = "k", MaxRequestsPerSecond = rate, Timeout = TimeSpan.FromSeconds(10) }),
            time ?? TimeProvider.System);

    [Fact]
    public async Task Structured_answer_is_parsed_and_cached_by_text()
    {
        await using var stub = await ChatCompletionsStub.StartAsync(_ => (200, """{"label":1,"score":0.8}"""));
        using var scorer = Scorer(stub.Endpoint);
        var a = await scorer.ScoreAsync("SEC approves spot bitcoin ETF");
        var b = await scorer.ScoreAsync("SEC approves spot bitcoin ETF");
        Assert.Equal(SentimentScore.Of(0.8, 1), a);
        Assert.Equal(a, b);
        Assert.Equal(1, scorer.RequestCount);
        Assert.Single(stub.Bodies);

        using var body = JsonDocument.Parse(stub.Bodies[0]);
        var root = body.RootElement;
        Assert.Equal("stub-1", root.GetProperty("model").GetString());
        Assert.Equal("json_schema", root.GetProperty("response_format").GetProperty("type").GetString());
        Assert.True(root.GetProperty("response_format").GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.Contains("SEC approves spot bitcoin ETF", stub.Bodies[0]);
    }

    [Theory]
    [InlineData(500, """{"label":1,"score":0.8}""")]
    [InlineData(429, """{"label":1,"score":0.8}""")]
    [InlineData(200, "I think it is positive")]
    [InlineData(200, """{"label":2,"score":0.8}""")]
    [InlineData(200, """{"label":1,"score":7}""")]
    [InlineData(200, """{"score":0.1}""")]
    public async Task Failures_and_nonsense_answers_are_missing_and_not_cached(int status, string content)
    {
        await using var stub = await ChatCompletionsStub.StartAsync(_ => (status, content));
        using var scorer = Scorer(stub.Endpoint);
        var s = await scorer.ScoreAsync("Exchange hacked");
        Assert.True(s.IsMissing);
        Assert.True(double.IsNaN(s.Score));
        Assert.StartsWith("sentiment llm:", s.MissingReason);
        _ = await scorer.ScoreAsync("Exchange hacked");
        Assert.Equal(2, scorer.RequestCount); // failures are retried on the next call, never cached
    }

    [Fact]
    public async Task Unconfigured_or_unreachable_llm_is_missing()
    {
        using var none = Scorer(null);
        Assert.Contains("no endpoint", (await none.ScoreAsync("x")).MissingReason);

        Uri closed;
        await using (var stub = await ChatCompletionsStub.StartAsync(_ => (200, "{}")))
        {
            closed = stub.Endpoint; // the port is free again once the stub stops
        }

        using var unreachable = Scorer(closed);
        Assert.True((await unreachable.ScoreAsync("x")).IsMissing);
    }

    [Fact]
    public async Task Requests_are_spaced_by_the_rate_limit_on_the_injected_clock()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new IntervalRateLimiter(TimeSpan.FromSeconds(1), clock);
        await limiter.WaitAsync(CancellationToken.None);
        var second = limiter.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second;
        var third = limiter.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await third;
    }

    [Fact]
    public void Bad_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorer(new Uri("http://127.0.0.1:1/v1"), rate: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SentimentScore.Of(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SentimentScore.Of(0.5, 3));
    }
}
