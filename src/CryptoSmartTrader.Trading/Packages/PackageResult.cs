namespace CryptoSmartTrader.Trading.Packages;

/// <summary>A package operation's outcome: the value, or every problem found (each naming the field and what was expected).</summary>
public sealed record PackageResult<T>(T? Value, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;

    /// <summary>All problems on one line each.</summary>
    public string Error => string.Join(Environment.NewLine, Errors);

    public static PackageResult<T> Success(T value) => new(value, []);

    public static PackageResult<T> Fail(params string[] errors) => new(default, errors);

    public static PackageResult<T> Fail(IReadOnlyList<string> errors) => new(default, errors);
}
