namespace CryptoSmartTrader.Cli.Common;

/// <summary>What every command needs from the outside world: output streams and the clock.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;
    public TimeProvider Time { get; } = time;
}
