using System.Diagnostics;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Credentials;

/// <summary>
/// Issue 19 item 4: a secrets file at mode 644 or 777 was accepted silently, and a symlink outside the repository to a key
/// file inside it passed the "outside the git tree" check.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretsFileCheckTests : IDisposable
{
    private const string Keys = """{"binance":{"apiKey":"key-0123456789","apiSecret":"secret-0123456789"}}""";
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-secrets-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Theory]
    [InlineData("644")]
    [InlineData("640")]
    [InlineData("604")]
    [InlineData("660")]
    [InlineData("777")]
    public void File_other_users_can_read_or_write_is_refused_saying_the_chmod(string mode)
    {
        var file = Write(Path.Combine(_dir, "keys.json"), mode);

        var error = new CredentialStore(_ => null, file).Get(Exchange.Binance).Error;

        Assert.NotNull(error);
        Assert.Contains($"(mode {mode}); run: chmod 600 '{file}'", error.Message);
        Assert.DoesNotContain("key-0123456789", error.Message);
    }

    [Theory]
    [InlineData("600")]
    [InlineData("400")]
    public void File_only_the_owner_can_read_is_used(string mode)
    {
        var file = Write(Path.Combine(_dir, "keys.json"), mode);
        Assert.True(new CredentialStore(_ => null, file).Get(Exchange.Binance).IsSuccess);
    }

    [Fact]
    public void File_owned_by_another_user_is_refused()
    {
        var file = Write(Path.Combine(_dir, "keys.json"), "600");
        Assert.True(Run("chown", "65534", file), "the test needs to chown a file (run as root)");

        var error = new CredentialStore(_ => null, file).Get(Exchange.Binance).Error;

        Assert.NotNull(error);
        Assert.Contains("belongs to user id 65534", error.Message);
    }

    [Fact]
    public void Symlink_outside_the_repository_to_a_key_file_inside_it_is_refused()
    {
        var repo = Directory.CreateDirectory(Path.Combine(_dir, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        var inside = Write(Path.Combine(repo, "keys.json"), "600");
        var link = Path.Combine(_dir, "outside", "keys.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, inside);

        var error = new CredentialStore(_ => null, link).Get(Exchange.Binance).Error;

        Assert.NotNull(error);
        Assert.Contains($"(really '{inside}') is inside the git working tree '{repo}'", error.Message);
    }

    [Fact]
    public void Linked_folder_into_the_repository_is_refused_too()
    {
        var repo = Directory.CreateDirectory(Path.Combine(_dir, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Write(Path.Combine(repo, "secrets", "keys.json"), "600");
        var linkedFolder = Path.Combine(_dir, "my-keys");
        Directory.CreateSymbolicLink(linkedFolder, "repo/secrets");

        var error = new CredentialStore(_ => null, Path.Combine(linkedFolder, "keys.json")).Get(Exchange.Binance).Error;

        Assert.NotNull(error);
        Assert.Contains("is inside the git working tree", error.Message);
    }

    [Fact]
    public void Symlink_to_a_private_file_outside_any_repository_is_followed()
    {
        var real = Write(Path.Combine(_dir, "vault", "keys.json"), "600");
        var link = Path.Combine(_dir, "keys.json");
        File.CreateSymbolicLink(link, real);

        Assert.True(new CredentialStore(_ => null, link).Get(Exchange.Binance).IsSuccess);
    }

    private static string Write(string file, string octalMode)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Keys);
        File.SetUnixFileMode(file, (UnixFileMode)Convert.ToInt32(octalMode, 8));
        return file;
    }

    private static bool Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
