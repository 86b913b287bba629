namespace CryptoSmartTrader.Data.Exchanges.Private.Credentials;

/// <summary>One venue's API key pair; KuCoin also needs the passphrase chosen when the key was created.</summary>
public sealed record ApiCredentials(Secret ApiKey, Secret ApiSecret, Secret? Passphrase = null)
{
    public override string ToString() => $"ApiCredentials {{ ApiKey = {Secret.Redacted}, ApiSecret = {Secret.Redacted}{(Passphrase is null ? string.Empty : $", Passphrase = {Secret.Redacted}")} }}";
}
