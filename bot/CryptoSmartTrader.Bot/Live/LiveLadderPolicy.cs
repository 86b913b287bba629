using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// Live trading releases the drawdown ladder's restrictive levels only by a person: after a crash with real money an
/// unattended release (cooldown, new high, or levels following the drawdown) is not what an operator expects. A package
/// researched with another policy runs live with <see cref="LadderRecovery.Manual"/>, and the bot says so at start-up.
/// </summary>
internal static class LiveLadderPolicy
{
    public const string ReleaseHow = "release with the Release ladder button or POST /api/ladder/release (bearer token)";

    /// <summary>The strategy live mode runs, and the notice to show when its recovery policy was replaced (null when not).</summary>
    public static (Strategy Strategy, string? Notice) Apply(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var policy = strategy.Package.Risk.Recovery;
        if (policy == LadderRecovery.Manual) return (strategy, null);
        var package = strategy.Package.Clone();
        package.Risk.Recovery = LadderRecovery.Manual;
        var notice = $"LIVE mode: ladder recovery manual (the package says {Name(policy)}): Danger and Critical (reduce-only) and a drawdown " +
                     $"kill switch end only when a person releases the ladder; {ReleaseHow}";
        return (strategy with { Package = package }, notice);
    }

    /// <summary>The policy as package.json spells it.</summary>
    public static string Name(LadderRecovery policy) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(policy.ToString());
}
