using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class NotebookReferenceTests
{
    [Fact]
    public async Task Load_and_r_directives_resolve_relative_to_the_notebook()
    {
        using var nb = new TestNotebook();
        nb.WriteFile("scripts/init.csx", "static int Twice(int x) => 2 * x;\nvar loadedFrom = \"init\";\n");
        EmitLibrary(Path.Combine(nb.Directory, "lib", "TinyLib.dll"));
        var path = nb.Code("#load \"scripts/init.csx\"\n#r \"lib/TinyLib.dll\"")
            .Code("Console.Write($\"{loadedFrom} {Twice(21)} {TinyLib.Greeter.Hello(\"nb\")}\");")
            .Save("refs");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.True(result.Succeeded, result.Failure);
        var cells = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]!.AsArray();
        Assert.Equal("init 42 hello nb", TestNotebook.Text(cells[1]!["outputs"]![0]!["text"]));
    }

    [Fact]
    public async Task Missing_reference_is_a_compile_error_naming_the_path()
    {
        using var nb = new TestNotebook();
        var path = nb.Code("#r \"lib/Missing.dll\"").Save("missing");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.False(result.Succeeded);
        Assert.Contains("CS0006", result.Failure);
        Assert.Contains("Missing.dll", result.Failure);
    }

    [Fact]
    public async Task Referencing_a_copy_of_a_project_assembly_keeps_one_type_identity_so_charts_still_render()
    {
        // Notebooks #r the research library from a build folder while the executor already has its own copy loaded.
        using var nb = new TestNotebook();
        var lib = Path.Combine(nb.Directory, "build");
        Directory.CreateDirectory(lib);
        foreach (var assembly in new[] { typeof(Reporting.Charts.EquityChart).Assembly, typeof(Core.Markets.Candle).Assembly, typeof(Plotly.NET.GenericChart).Assembly })
        {
            File.Copy(assembly.Location, Path.Combine(lib, Path.GetFileName(assembly.Location)));
        }

        var path = nb.Code("#r \"build/CryptoSmartTrader.Core.dll\"\n#r \"build/CryptoSmartTrader.Reporting.dll\"\n#r \"build/Plotly.NET.dll\"\nusing CryptoSmartTrader.Reporting.Charts;")
            .Code("display(EquityChart.Create(new[] { DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1) }, new[] { 1.0, 2.0 }));\ntypeof(EquityChart).Assembly.Location")
            .Save("copy");

        var result = await NotebookExecutorTests.Run(nb, path);

        Assert.True(result.Succeeded, result.Failure);
        var outputs = TestNotebook.ReadExecuted(result.ExecutedNotebookPath!)["cells"]![1]!["outputs"]!.AsArray();
        Assert.NotNull(outputs[0]!["data"]!["application/vnd.plotly.v1+json"]);
    }

    private static void EmitLibrary(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var tree = CSharpSyntaxTree.ParseText("namespace TinyLib { public static class Greeter { public static string Hello(string n) => \"hello \" + n; } }");
        var refs = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileNameWithoutExtension(p) is "System.Runtime" or "System.Private.CoreLib")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("TinyLib", [tree], refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
