using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Cli.Tests.Commands.Kernel;

/// <summary><c>cst kernel</c> and <c>cst kernel install</c>: the kernelspec written, and bad input named.</summary>
public sealed class KernelCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-kernel-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Install_with_prefix_writes_a_kernelspec_that_starts_cst_kernel()
    {
        var result = await CliRunner.RunAsync("kernel", "install", "--prefix", _dir);

        Assert.Equal(0, result.ExitCode);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "share", "jupyter", "kernels", "cst-csharp", "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[^3..]);
        Assert.Equal("C# (CryptoSmartTrader)", spec["display_name"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(_dir, "share", "jupyter", "nbextensions", "cst-plotly", "plotly.min.js")));
        Assert.Contains("installed kernelspec cst-csharp", result.Out);
    }

    [Fact]
    public async Task User_and_prefix_together_are_a_usage_error()
    {
        var result = await CliRunner.RunAsync("kernel", "install", "--user", "--prefix", _dir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--user and --prefix: expected at most one of them", result.Error);
    }

    [Fact]
    public async Task Kernel_without_a_connection_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("kernel");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--connection-file: expected the path of a Jupyter connection file", result.Error);
    }

    [Fact]
    public async Task Unreadable_connection_file_names_the_file_without_a_stack_trace()
    {
        var missing = Path.Combine(_dir, "kernel-missing.json");

        var result = await CliRunner.RunAsync("kernel", "--connection-file", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"connection file '{missing}' cannot be read", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
