namespace CryptoSmartTrader.Data.Exchanges.Private.Credentials;

/// <summary>
/// A credential value that never prints itself: <see cref="ToString"/> is redacted, so a secret that reaches a log
/// message, exception text or record's ToString shows as <c>***</c>. Only signers call <see cref="Reveal"/>.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    public Secret(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("secret: expected a non-empty value", nameof(value));
        }

        _value = value.Trim();
    }

    public const string Redacted = "***";

    internal string Reveal() => _value;

    public override string ToString() => Redacted;

    public override bool Equals(object? obj) => obj is Secret other && string.Equals(other._value, _value, StringComparison.Ordinal);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);
}
