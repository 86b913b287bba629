using System.Xml.Linq;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Architecture.Tests;

/// <summary>
/// Keeps the layering visible and enforced: Core ← Data, Features, Trading, Reporting; Features ← Models;
/// Core/Features/Models ← Trading; Trading ← Backtesting; Backtesting, Data, Reporting ← Research;
/// Research/Backtesting/Data/Reporting/Trading ← Cli and Bot; Research ← Kernel (the Jupyter kernel) ← Cli; nothing references Cli or Bot.
/// </summary>
public sealed class ProjectReferenceTests
{
    private const string P = "CryptoSmartTrader.";

    // Direct references each production project may have. Anything else points upward or sideways.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Core"] = [],
        ["Data"] = ["Core"],
        ["Features"] = ["Core"],
        ["Reporting"] = ["Core"],
        ["Models"] = ["Core", "Features"],
        ["Models.Torch"] = ["Core", "Features", "Models"],
        ["Trading"] = ["Core", "Features", "Models"],
        ["Backtesting"] = ["Core", "Features", "Models", "Trading"],
        ["Research"] = ["Core", "Features", "Models", "Models.Torch", "Trading", "Backtesting", "Data", "Reporting"],
        ["Kernel"] = ["Core", "Features", "Models", "Models.Torch", "Trading", "Backtesting", "Data", "Reporting", "Research"],
        ["Cli"] = ["Core", "Features", "Models", "Models.Torch", "Trading", "Backtesting", "Data", "Reporting", "Research", "Kernel"],
        ["Bot"] = ["Core", "Features", "Models", "Models.Torch", "Trading", "Backtesting", "Data", "Reporting", "Research"],
    };

    private static readonly string[] Required = ["Core", "Data", "Features", "Models", "Trading", "Backtesting", "Reporting", "Research", "Cli", "Bot"];

    public static TheoryData<string> Projects() => new(ProductionProjects().Select(ShortName));

    [Fact]
    public void Every_production_project_is_covered_by_the_rules()
    {
        var found = ProductionProjects().Select(ShortName).ToArray();
        Assert.All(found, p => Assert.True(Allowed.ContainsKey(p), $"{P}{p} has no layering rule; add it to {nameof(Allowed)}"));
        Assert.All(Required, r => Assert.Contains(r, found));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_point_only_downward(string project)
    {
        var path = ProductionProjects().Single(p => ShortName(p) == project);
        var violations = Violations(project, ProjectReferences(path));
        Assert.True(violations.Length == 0, $"{P}{project} must not reference {string.Join(", ", violations.Select(v => P + v))}");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Compiled_assembly_references_point_only_downward(string project)
    {
        // Catches references smuggled in through HintPath or transitive packages, which the csproj check cannot see.
        var assemblyName = project == "Cli" ? "cst" : P + project;
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName)
            ?? System.Reflection.Assembly.Load(assemblyName);
        var referenced = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith(P, StringComparison.Ordinal) || n == "cst")
            .Select(n => n == "cst" ? "Cli" : n[P.Length..])
            .ToArray();
        var violations = Violations(project, referenced);
        Assert.True(violations.Length == 0, $"{assemblyName}.dll must not reference {string.Join(", ", violations)}");
    }

    [Fact]
    public void Core_depends_on_the_base_class_library_only()
    {
        var core = XDocument.Load(ProductionProjects().Single(p => ShortName(p) == "Core"));
        Assert.Empty(core.Descendants("PackageReference"));
        Assert.Empty(core.Descendants("ProjectReference"));
        Assert.Empty(core.Descendants("FrameworkReference"));
    }

    [Theory]
    [InlineData("Data", "Trading")]
    [InlineData("Core", "Data")]
    [InlineData("Features", "Models")]
    [InlineData("Trading", "Backtesting")]
    [InlineData("Research", "Cli")]
    [InlineData("Bot", "Cli")]
    public void Detects_an_upward_reference(string project, string reference)
    {
        Assert.Equal([reference], Violations(project, [reference]));
        Assert.Empty(Violations(project, Allowed[project]));
    }

    private static string[] Violations(string project, IEnumerable<string> references) =>
        references.Where(r => !Allowed[project].Contains(r)).ToArray();

    private static IEnumerable<string> ProductionProjects()
    {
        var root = SharedDatasets.RepoRoot;
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "bot"), "*.csproj", SearchOption.AllDirectories))
            .Where(p => Path.GetFileNameWithoutExtension(p).StartsWith(P, StringComparison.Ordinal)
                        && !Path.GetFileNameWithoutExtension(p).Contains(".Benchmarks", StringComparison.Ordinal));
    }

    private static string ShortName(string csproj) => Path.GetFileNameWithoutExtension(csproj)[P.Length..];

    private static IEnumerable<string> ProjectReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .Where(n => n.StartsWith(P, StringComparison.Ordinal))
            .Select(n => n[P.Length..]);
}
