using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// The assemblies every cell compiles against: the shared framework the process runs on and the research library with everything it
/// references (so notebooks need no <c>#r</c> of a build folder). XML documentation is attached where it exists (the framework's
/// reference pack, the library's own .xml files), for the kernel's inspect requests.
/// </summary>
internal static class ScriptReferences
{
    private static readonly Lazy<MetadataReference[]> All = new(Load);

    public static MetadataReference[] References => All.Value;

    private static MetadataReference[] Load()
    {
        var docs = new XmlDocs();
        // ScriptOptions.Default only knows a few facades on .NET Core; reference the whole shared framework the executor runs on.
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var framework = tpa.Where(p => p.Length > 0 && string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .ToList();
        var library = LibraryClosure(frameworkDir);
        docs.AddFolder(FindReferencePackDocs(frameworkDir));
        foreach (var path in library) docs.AddFile(Path.ChangeExtension(path, ".xml"));
        return [.. framework.Concat(library).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p, documentation: docs))];
    }

    /// <summary>The research library's assembly and, transitively, every non-framework assembly it references that can be found.</summary>
    private static List<string> LibraryClosure(string frameworkDir)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        var pending = new Stack<Assembly>([typeof(NotebookGlobals).Assembly, typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly]);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (!seen.Add(assembly.GetName().Name!) || assembly.IsDynamic || assembly.Location.Length == 0) continue;
            if (string.Equals(Path.GetDirectoryName(assembly.Location), frameworkDir, StringComparison.Ordinal)) continue;
            result.Add(assembly.Location);
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (seen.Contains(name.Name!)) continue;
                try
                {
                    pending.Push(Assembly.Load(name));
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // An optional dependency that is not deployed (e.g. a platform-specific one) cannot be used from a cell either.
                }
            }
        }

        return result;
    }

    private static string? FindReferencePackDocs(string frameworkDir)
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<ver>  →  <dotnet>/packs/Microsoft.NETCore.App.Ref/<ver>/ref/net<major.minor>
        var version = Path.GetFileName(frameworkDir);
        var dotnet = Path.GetFullPath(Path.Combine(frameworkDir, "..", "..", ".."));
        var packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        // The SDK's reference pack may be a patch version apart from the runtime; the docs are the same.
        var pack = Directory.Exists(Path.Combine(packs, version)) ? Path.Combine(packs, version)
            : Directory.EnumerateDirectories(packs).Where(d => Path.GetFileName(d).StartsWith(version[..version.LastIndexOf('.')], StringComparison.Ordinal)).Max(StringComparer.Ordinal);
        var refDir = pack is null ? null : Path.Combine(pack, "ref");
        return refDir is not null && Directory.Exists(refDir) ? Directory.EnumerateDirectories(refDir).FirstOrDefault() : null;
    }

    /// <summary>
    /// One documentation index over many XML files. Types live in implementation assemblies (System.Private.CoreLib) while their
    /// docs ship with the reference assemblies (System.Runtime.xml), so a per-file provider would find nothing; ids are unique anyway.
    /// </summary>
    private sealed class XmlDocs : DocumentationProvider
    {
        private readonly List<string> _files = [];
        private readonly Lazy<ConcurrentDictionary<string, string>> _index;

        public XmlDocs() => _index = new Lazy<ConcurrentDictionary<string, string>>(Build);

        public void AddFolder(string? folder)
        {
            if (folder is not null) _files.AddRange(Directory.EnumerateFiles(folder, "*.xml"));
        }

        public void AddFile(string path)
        {
            if (File.Exists(path)) _files.Add(path);
        }

        protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
            _index.Value.TryGetValue(documentationMemberID, out var xml) ? xml : null;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => 0x5eed;

        private ConcurrentDictionary<string, string> Build()
        {
            var index = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            Parallel.ForEach(_files, file =>
            {
                try
                {
                    using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
                    reader.MoveToContent();
                    while (!reader.EOF)
                    {
                        if (reader is { NodeType: XmlNodeType.Element, Name: "member" } && reader.GetAttribute("name") is { } name)
                        {
                            index.TryAdd(name, reader.ReadOuterXml()); // moves past the element
                        }
                        else
                        {
                            reader.Read();
                        }
                    }
                }
                catch (XmlException)
                {
                    // A malformed documentation file only means no docs for its members.
                }
            });
            return index;
        }
    }
}
