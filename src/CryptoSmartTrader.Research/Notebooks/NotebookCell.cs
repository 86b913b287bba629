using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>A cell read from an .ipynb file. <see cref="Number"/> is 1-based over all cells (markdown included).</summary>
internal sealed record NotebookCell(int Number, string Kind, string Source, IReadOnlyList<string> Tags, JsonObject Json)
{
    public bool IsCode => Kind == "code";
    public bool IsParameters => Tags.Contains("parameters");
}
