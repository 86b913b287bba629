using System.Text.Json;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Analyze;

/// <summary>
/// Records a bias-check verdict in a backtest result folder as <c>bias.json</c> (<c>{"lookahead": …, "recursive": …}</c>),
/// where <c>cst report backtest</c> shows it. Each check replaces only its own entry, so running both keeps both.
/// </summary>
internal static class BiasFile
{
    public const string FileName = "bias.json";

    public static async Task MergeAsync<T>(string directory, string check, T report, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliUsageException($"--into: expected an existing backtest result folder, got '{directory}'");
        }

        var path = Path.Combine(directory, FileName);
        JsonObject root;
        try
        {
            root = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject ?? [] : [];
        }
        catch (JsonException ex)
        {
            throw new CliFailureException($"{path}: existing bias file is not valid JSON ({ex.Message}); nothing was written");
        }

        root[check] = JsonSerializer.SerializeToNode(report, JsonOutput.Options);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, root.ToJsonString(JsonOutput.Options), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
