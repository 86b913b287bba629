namespace CryptoSmartTrader.Models.Registry;

/// <summary>The outcome of a registry operation: a value, or an error message (expected failures are not exceptions).</summary>
public readonly record struct RegistryResult<T>(T? Value, string? Error)
{
    public bool Ok => Error is null;

    public static RegistryResult<T> Success(T value) => new(value, null);

    public static RegistryResult<T> Failure(string error) => new(default, error);
}
