using CryptoSmartTrader.Bot.Jobs;
using CryptoSmartTrader.Bot.Maintenance;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.State;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Registers the trading engine's parts: each is a singleton that owns its own state.</summary>
internal static class EngineServices
{
    public static IServiceCollection AddBotEngine(this IServiceCollection services)
    {
        services.AddSingleton<BotRuntime>();
        services.AddSingleton<BotAlerts>();
        services.AddSingleton<BotFeed>();
        services.AddSingleton<TradingControl>();
        services.AddSingleton<ITradingControl>(sp => sp.GetRequiredService<TradingControl>());
        services.AddSingleton<CyclePublisher>();
        services.AddSingleton<StepRunner>();
        services.AddSingleton<CrashRecovery>();
        services.AddSingleton<TradingCycle>();
        services.AddSingleton<LiveDataStartup>();
        services.AddSingleton<ModelMaintenance>();
        services.AddSingleton<Cluster.ClusterCoordinator>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<Parity.ParityMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<BotStartup>());
        return services;
    }
}
