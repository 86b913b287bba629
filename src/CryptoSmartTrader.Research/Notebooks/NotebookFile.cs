using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Reads an nbformat 4 notebook whose code cells are C# (VS Code Polyglot Notebooks / .NET Interactive metadata, or none).
/// Problems come back as a message naming the file and what was expected.
/// </summary>
internal sealed class NotebookFile
{
    private static readonly string[] CSharpKernels = ["csharp", "c#", ".net-csharp"];

    private NotebookFile(string path, JsonObject root, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    public string Path { get; }
    public JsonObject Root { get; }
    public IReadOnlyList<NotebookCell> Cells { get; }

    public static NotebookFile? Load(string path, out string? error)
    {
        error = null;
        var name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
        {
            error = $"notebook '{path}' not found";
            return null;
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
        }
        catch (JsonException e)
        {
            error = $"notebook '{name}' is not valid JSON: {e.Message}";
            return null;
        }

        if (root is null || root["nbformat"] is not JsonValue v || !v.TryGetValue<int>(out var major) || major != 4)
        {
            error = $"notebook '{name}': expected nbformat 4 (a Jupyter .ipynb file), got nbformat {root?["nbformat"]?.ToJsonString() ?? "missing"}";
            return null;
        }

        var kernel = root["metadata"]?["kernelspec"];
        var kernelLanguage = kernel?["language"]?.GetValue<string>() ?? kernel?["name"]?.GetValue<string>();
        if (kernelLanguage is not null && !CSharpKernels.Contains(kernelLanguage.ToLowerInvariant()))
        {
            error = $"notebook '{name}': kernel language is '{kernelLanguage}', expected C# (.NET Interactive / Polyglot Notebooks)";
            return null;
        }

        if (root["cells"] is not JsonArray array)
        {
            error = $"notebook '{name}': missing the 'cells' array";
            return null;
        }

        var cells = new List<NotebookCell>();
        for (var i = 0; i < array.Count; i++)
        {
            var cell = ReadCell(name, i + 1, array[i], out error);
            if (cell is null) return null;
            cells.Add(cell);
        }

        return new NotebookFile(path, root, cells);
    }

    private static NotebookCell? ReadCell(string name, int number, JsonNode? node, out string? error)
    {
        error = null;
        if (node is not JsonObject json || json["cell_type"]?.GetValue<string>() is not { } kind)
        {
            error = $"notebook '{name}': cell {number} has no cell_type";
            return null;
        }

        var source = json["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
            JsonValue text => text.GetValue<string>(),
            _ => string.Empty,
        };
        var tags = json["metadata"]?["tags"] is JsonArray t ? t.Select(x => x?.GetValue<string>() ?? string.Empty).ToList() : [];
        if (kind == "code")
        {
            var language = json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                ?? json["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>();
            if (language is not null && !CSharpKernels.Contains(language.ToLowerInvariant()))
            {
                error = $"notebook '{name}': cell {number} is a '{language}' cell; only C# cells can be executed";
                return null;
            }
        }

        return new NotebookCell(number, kind, source, tags, json);
    }
}
