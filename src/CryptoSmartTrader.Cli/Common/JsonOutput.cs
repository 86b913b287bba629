using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryptoSmartTrader.Cli.Common;

/// <summary>The one JSON shape for <c>--json</c> output: camelCase, enums as strings, indented.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Task WriteAsync<T>(TextWriter writer, T value) => writer.WriteLineAsync(JsonSerializer.Serialize(value, Options));
}
