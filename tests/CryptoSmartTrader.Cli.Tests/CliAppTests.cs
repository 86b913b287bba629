using System.Text.Json;

namespace CryptoSmartTrader.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task Help_succeeds_and_shows_examples()
    {
        var r = await CliRunner.RunAsync("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Examples:", r.Out, StringComparison.Ordinal);
        Assert.Contains("doctor", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync("no-such-command");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("usage error", r.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Out);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync("doctor", "--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_json_is_machine_readable_on_stdout()
    {
        var r = await CliRunner.RunAsync("doctor", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var names = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToArray();
        Assert.Contains("datasets", names);
        Assert.Contains("xgboost", names);
    }
}
