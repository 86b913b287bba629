using CryptoSmartTrader.Features.Sentiment;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

public sealed class SentimentServiceCollectionTests
{
    [Fact]
    public async Task Scorers_resolve_from_the_container_and_an_unconfigured_llm_is_missing()
    {
        using var provider = new ServiceCollection().AddSentimentScoring().BuildServiceProvider();
        var lexicon = provider.GetRequiredService<LexiconSentimentScorer>();
        Assert.Equal(-1, lexicon.Score("Exchange hacked").Label);
        var llm = provider.GetRequiredService<LlmSentimentScorer>();
        Assert.True((await llm.ScoreAsync("Exchange hacked")).IsMissing);
    }
}
