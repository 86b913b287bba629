using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Editor help for a cell against the session's state, from Roslyn's semantic model of the cell compiled as the next submission:
/// completions at the cursor (members after a dot, else the names in scope and keywords), the signature and XML doc of the symbol
/// at the cursor, and whether the code is a complete submission.
/// </summary>
internal static class CodeAssistance
{
    private const int MaxMatches = 500;

    private static readonly SymbolDisplayFormat Signature = SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType)
        .AddParameterOptions(SymbolDisplayParameterOptions.IncludeDefaultValue);

    private static readonly string[] Keywords = [.. SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
        .Select(SyntaxFacts.GetText).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];

    public static CompletionList Complete(ScriptSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var prefix = code[start..cursor];
        var compilation = session.Compile(code);
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);

        IEnumerable<ISymbol> symbols;
        var keywords = Enumerable.Empty<string>();
        if (MemberTarget(tree, model, start) is { } target)
        {
            symbols = target.Container is ITypeSymbol type && !target.IsStatic
                ? model.LookupSymbols(start, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension })
                : model.LookupSymbols(start, target.Container).Where(s => s.IsStatic || s is INamespaceOrTypeSymbol);
        }
        else
        {
            symbols = model.LookupSymbols(start);
            keywords = Keywords;
        }

        var matches = symbols.Where(s => s.CanBeReferencedByName).Select(s => s.Name).Concat(keywords)
            .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1).ThenBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Take(MaxMatches)
            .ToList();
        return new CompletionList(matches, start, cursor);
    }

    public static Inspection? Inspect(ScriptSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var compilation = session.Compile(code);
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        // The cursor is often just after the name (or inside an argument list): try there, then one character back.
        foreach (var position in new[] { cursor, cursor - 1 })
        {
            if (position < 0 || position >= root.FullSpan.End) continue;
            var token = root.FindToken(position);
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is null) continue;
            var symbol = model.GetSymbolInfo(token.Parent).Symbol
                ?? model.GetSymbolInfo(token.Parent).CandidateSymbols.FirstOrDefault()
                ?? model.GetDeclaredSymbol(token.Parent);
            if (symbol is null) continue;
            return new Inspection(symbol.ToDisplayString(Signature), Documentation(symbol));
        }

        return null;
    }

    public static bool IsComplete(string code) =>
        SyntaxFactory.IsCompleteSubmission(CSharpSyntaxTree.ParseText(code, LoopCancellationRewriter.ParseOptions));

    private static (INamespaceOrTypeSymbol Container, bool IsStatic)? MemberTarget(SyntaxTree tree, SemanticModel model, int start)
    {
        if (start == 0) return null;
        var dot = tree.GetRoot().FindToken(start - 1);
        if (!dot.IsKind(SyntaxKind.DotToken)) return null;
        ExpressionSyntax? left = dot.Parent switch
        {
            MemberAccessExpressionSyntax m => m.Expression,
            QualifiedNameSyntax q => q.Left,
            _ => null,
        };
        if (left is null) return null;
        if (model.GetSymbolInfo(left).Symbol is INamespaceOrTypeSymbol named) return (named, true);
        var type = model.GetTypeInfo(left).Type;
        return type is null || type.TypeKind == TypeKind.Error ? null : (type, false);
    }

    private static string? Documentation(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml) && symbol is IMethodSymbol { ReducedFrom: { } reduced }) xml = reduced.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml)) return null;
        try
        {
            var doc = XElement.Parse(xml);
            var sb = new StringBuilder();
            Append(sb, null, doc.Element("summary"));
            foreach (var p in doc.Elements("param")) Append(sb, (string?)p.Attribute("name"), p);
            Append(sb, "returns", doc.Element("returns"));
            return sb.ToString().TrimEnd();
        }
        catch (System.Xml.XmlException)
        {
            return xml;
        }
    }

    private static void Append(StringBuilder sb, string? label, XElement? element)
    {
        if (element is null) return;
        // <see cref="T:X"/> and friends carry their text in attributes; show the referenced name.
        var text = string.Concat(element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement e when e.Attribute("cref") is { } cref => cref.Value[(cref.Value.IndexOf(':') + 1)..],
            XElement e when e.Attribute("langword") is { } word => word.Value,
            XElement e when e.Attribute("name") is { } name => name.Value,
            XElement e => e.Value,
            _ => string.Empty,
        }));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0) sb.Append(label is null ? string.Empty : label + ": ").AppendLine(text);
    }
}

/// <summary>Completion candidates replacing the text between <see cref="Start"/> and <see cref="End"/>.</summary>
public sealed record CompletionList(IReadOnlyList<string> Matches, int Start, int End);

/// <summary>The symbol at the cursor: its signature and its XML documentation as plain text (null when it has none).</summary>
public sealed record Inspection(string Signature, string? Documentation);
