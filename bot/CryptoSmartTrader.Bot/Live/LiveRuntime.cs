using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>What the engine needs for live data and live trading: settings, loggers, the environment keys are read from,
/// and the public market-data client (one per run, so its rate limiter sees every call).</summary>
internal sealed class LiveRuntime(MarketDataOptions marketData, LiveOptions live, ILoggerFactory loggers)
{
    public MarketDataOptions MarketData { get; } = marketData;
    public LiveOptions Live { get; } = live;
    public ILogger Logger { get; } = loggers.CreateLogger("CryptoSmartTrader.Bot.Live");

    /// <summary>Where API keys are looked up (the process environment; tests plant their own).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public ILogger LoggerFor(string category) => loggers.CreateLogger(category);

    /// <summary>A public client; the probe's sends each request once, so an unreachable exchange is named as such within the probe's time.</summary>
    public IMarketDataClient MarketDataClient(Exchange exchange, TimeProvider time, bool probe = false)
    {
        var o = new ExchangeClientsOptions().For(exchange);
        if (MarketData.RestBaseUrl is { } url) o.RestBaseUrl = url;
        if (probe) o.MaxRetries = 0;
        return MarketDataClients.Create(exchange, o, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);
    }
}
