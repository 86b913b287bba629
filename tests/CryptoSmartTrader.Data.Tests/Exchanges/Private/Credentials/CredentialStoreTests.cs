using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Credentials;

public sealed class CredentialStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-secrets-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    // As the README tells operators to keep it: chmod 600.
    private static void WriteSecrets(string file, string content)
    {
        File.WriteAllText(file, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);

    [Fact]
    public void Environment_variables_win()
    {
        var store = new CredentialStore(Env(new() { ["CST_BINANCE_API_KEY"] = "k1", ["CST_BINANCE_API_SECRET"] = "s1" }), null);
        var c = store.Get(Exchange.Binance).Value;
        Assert.Equal(new Secret("k1"), c.ApiKey);
    }

    [Fact]
    public void KuCoin_without_passphrase_is_refused_naming_the_variable()
    {
        var store = new CredentialStore(Env(new() { ["CST_KUCOIN_API_KEY"] = "k", ["CST_KUCOIN_API_SECRET"] = "s" }), null);
        var e = store.Get(Exchange.KuCoin).Error!;
        Assert.Equal(ExchangeErrorKind.MissingCredentials, e.Kind);
        Assert.Contains("CST_KUCOIN_PASSPHRASE", e.Message);
    }

    [Fact]
    public void Secrets_file_outside_a_repository_is_read()
    {
        var file = Path.Combine(_dir, "keys.json");
        WriteSecrets(file, """{"kucoin":{"apiKey":"k2","apiSecret":"s2","passphrase":"p2"}}""");
        var c = new CredentialStore(Env([]), file).Get(Exchange.KuCoin).Value;
        Assert.Equal((new Secret("k2"), new Secret("p2")), (c.ApiKey, c.Passphrase));
    }

    [Fact]
    public void Secrets_file_inside_a_git_working_tree_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_dir, ".git"));
        var file = Path.Combine(_dir, "keys.json");
        WriteSecrets(file, """{"binance":{"apiKey":"k","apiSecret":"s"}}""");
        var e = new CredentialStore(Env([]), file).Get(Exchange.Binance).Error!;
        Assert.Contains("git working tree", e.Message);
    }

    [Fact]
    public void Bad_json_and_missing_venue_and_missing_file_are_clear_errors_without_content()
    {
        var file = Path.Combine(_dir, "keys.json");
        WriteSecrets(file, """{"binance":{"apiKey":"SECRETVALUE" """);
        var bad = new CredentialStore(Env([]), file).Get(Exchange.Binance).Error!;
        Assert.Contains("not valid JSON", bad.Message);
        Assert.DoesNotContain("SECRETVALUE", bad.Message);

        WriteSecrets(file, """{"kraken":{"apiKey":"k","apiSecret":"s"}}""");
        Assert.Contains("no \"binance\" object", new CredentialStore(Env([]), file).Get(Exchange.Binance).Error!.Message);
        Assert.Contains("does not exist", new CredentialStore(Env([]), Path.Combine(_dir, "none.json")).Get(Exchange.Binance).Error!.Message);
        Assert.Contains("CST_HTX_API_KEY", new CredentialStore(Env([]), null).Get(Exchange.Htx).Error!.Message);
    }
}
