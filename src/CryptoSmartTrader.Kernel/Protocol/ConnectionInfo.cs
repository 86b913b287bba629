using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryptoSmartTrader.Kernel.Protocol;

/// <summary>The connection file Jupyter writes for a kernel: where to bind the five sockets and the key that signs messages.</summary>
internal sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("hb_port")] public int HbPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = string.Empty;
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";

    public string Address(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and checks the file; null with a reason naming the file and what was expected when it is unusable.</summary>
    public static ConnectionInfo? Load(string path, out string? error)
    {
        error = null;
        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"connection file '{path}' cannot be read: {e.Message}";
            return null;
        }
        catch (JsonException e)
        {
            error = $"connection file '{path}' is not valid JSON: {e.Message}";
            return null;
        }

        if (info is null)
        {
            error = $"connection file '{path}': expected a JSON object with the socket ports and key";
            return null;
        }

        var missing = new[] { ("shell_port", info.ShellPort), ("control_port", info.ControlPort), ("iopub_port", info.IopubPort), ("stdin_port", info.StdinPort), ("hb_port", info.HbPort) }
            .Where(p => p.Item2 is <= 0 or > 65535).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            error = $"connection file '{path}': expected a port between 1 and 65535 for {string.Join(", ", missing)}";
            return null;
        }

        if (info.Transport is not ("tcp" or "ipc"))
        {
            error = $"connection file '{path}': transport '{info.Transport}' is not supported, expected 'tcp' or 'ipc'";
            return null;
        }

        if (info.Key.Length > 0 && info.SignatureScheme != "hmac-sha256")
        {
            error = $"connection file '{path}': signature_scheme '{info.SignatureScheme}' is not supported, expected 'hmac-sha256'";
            return null;
        }

        return info;
    }
}
