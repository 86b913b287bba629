using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>DI registration of the sentiment scorers.</summary>
public static class SentimentServiceCollectionExtensions
{
    public static IServiceCollection AddSentimentScoring(this IServiceCollection services, Action<SentimentLlmOptions>? configureLlm = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SentimentLlmOptions>();
        if (configureLlm is not null) options.Configure(configureLlm);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LexiconSentimentScorer>(_ => new LexiconSentimentScorer());
        services.TryAddSingleton<LlmSentimentScorer>();
        return services;
    }
}
