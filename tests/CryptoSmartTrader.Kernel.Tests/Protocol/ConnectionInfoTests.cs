using CryptoSmartTrader.Kernel.Protocol;

namespace CryptoSmartTrader.Kernel.Tests.Protocol;

public sealed class ConnectionInfoTests : IDisposable
{
    private const string Valid = """{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "cst-csharp"}""";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cst-conn-" + Guid.NewGuid().ToString("N") + ".json");

    [Fact]
    public void Reads_the_ports_and_key_Jupyter_writes()
    {
        File.WriteAllText(_path, Valid);

        var info = ConnectionInfo.Load(_path, out var error);

        Assert.Null(error);
        Assert.Equal("tcp://127.0.0.1:5001", info!.Address(info.ShellPort));
        Assert.Equal("k", info.Key);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        Assert.Null(ConnectionInfo.Load(_path, out var error));
        Assert.Contains($"connection file '{_path}' cannot be read", error);
    }

    [Fact]
    public void Invalid_json_is_reported()
    {
        File.WriteAllText(_path, "{ not json");
        Assert.Null(ConnectionInfo.Load(_path, out var error));
        Assert.Contains("is not valid JSON", error);
    }

    [Fact]
    public void Missing_ports_are_named()
    {
        File.WriteAllText(_path, """{"shell_port": 5001, "ip": "127.0.0.1", "key": "k"}""");
        Assert.Null(ConnectionInfo.Load(_path, out var error));
        Assert.Contains("expected a port between 1 and 65535 for control_port, iopub_port, stdin_port, hb_port", error);
    }

    [Fact]
    public void Unknown_transport_is_rejected()
    {
        File.WriteAllText(_path, Valid.Replace("\"tcp\"", "\"udp\"", StringComparison.Ordinal));
        Assert.Null(ConnectionInfo.Load(_path, out var error));
        Assert.Contains("transport 'udp' is not supported, expected 'tcp' or 'ipc'", error);
    }

    [Fact]
    public void Unknown_signature_scheme_is_rejected()
    {
        File.WriteAllText(_path, Valid.Replace("hmac-sha256", "hmac-md5", StringComparison.Ordinal));
        Assert.Null(ConnectionInfo.Load(_path, out var error));
        Assert.Contains("signature_scheme 'hmac-md5' is not supported, expected 'hmac-sha256'", error);
    }

    public void Dispose() => File.Delete(_path);
}
