namespace CryptoSmartTrader.Cli.Common;

/// <summary>Bad arguments that the parser could not catch (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);
