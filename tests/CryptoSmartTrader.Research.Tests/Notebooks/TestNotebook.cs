using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

/// <summary>Writes small Polyglot-style C# notebooks into a fresh temp folder for executor tests.</summary>
internal sealed class TestNotebook : IDisposable
{
    private readonly JsonArray _cells = [];

    public TestNotebook()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cst-nb-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        OutDir = Path.Combine(Directory, "out");
    }

    public string Directory { get; }
    public string OutDir { get; }

    public TestNotebook Markdown(string text)
    {
        _cells.Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = Lines(text) });
        return this;
    }

    public TestNotebook Code(string code, params string[] tags)
    {
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };
        if (tags.Length > 0) metadata["tags"] = new JsonArray([.. tags.Select(t => (JsonNode?)t)]);
        _cells.Add(new JsonObject
        {
            ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = metadata, ["outputs"] = new JsonArray(), ["source"] = Lines(code),
        });
        return this;
    }

    public string Save(string name = "test-notebook", string kernelLanguage = "C#", int nbformat = 4)
    {
        var root = new JsonObject
        {
            ["cells"] = _cells.DeepClone(),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = kernelLanguage, ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = nbformat,
            ["nbformat_minor"] = 4,
        };
        var path = Path.Combine(Directory, name + ".ipynb");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    public string WriteFile(string relative, string text)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public static JsonObject ReadExecuted(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public static string Text(JsonNode? multiline) => multiline switch
    {
        JsonArray a => string.Concat(a.Select(l => l!.GetValue<string>())),
        JsonValue v => v.GetValue<string>(),
        _ => string.Empty,
    };

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* best effort: a test may still hold a file open on failure */ }
    }

    private static JsonArray Lines(string text)
    {
        var parts = text.Split('\n');
        return new JsonArray([.. parts.Select((p, i) => (JsonNode?)(i < parts.Length - 1 ? p + "\n" : p)).Where(n => n!.GetValue<string>().Length > 0)]);
    }
}
