namespace CryptoSmartTrader.Cli.Common;

/// <summary>An expected failure of a command, reported as one line on stderr (exit code 1).</summary>
public sealed class CliFailureException(string message) : Exception(message);
