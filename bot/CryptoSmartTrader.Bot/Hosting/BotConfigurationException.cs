namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>Settings the bot refuses to start with; the message lists every problem.</summary>
public sealed class BotConfigurationException(IReadOnlyList<string> errors)
    : Exception("bot configuration is invalid:\n  " + string.Join("\n  ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
