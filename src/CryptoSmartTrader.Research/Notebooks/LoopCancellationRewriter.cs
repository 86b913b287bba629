using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Inserts a <see cref="CellCancellation.ThrowIfRequested"/> call at the top of every loop body so an endless loop in a cell can be
/// stopped on timeout. No newlines are added, so compiler and runtime line numbers still match the notebook cell. Code that does not
/// parse is returned unchanged (the compiler then reports the errors at their exact positions).
/// </summary>
internal sealed class LoopCancellationRewriter : CSharpSyntaxRewriter
{
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static readonly StatementSyntax Check =
        SyntaxFactory.ParseStatement("global::CryptoSmartTrader.Research.Notebooks.CellCancellation.ThrowIfRequested();");

    public static string Rewrite(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return code;
        }

        return new LoopCancellationRewriter().Visit(tree.GetRoot()).ToFullString();
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var n = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return n.WithStatement(Guard(n.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var n = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return n.WithStatement(Guard(n.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var n = (ForStatementSyntax)base.VisitForStatement(node)!;
        return n.WithStatement(Guard(n.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var n = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return n.WithStatement(Guard(n.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var n = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return n.WithStatement(Guard(n.Statement));
    }

    private static StatementSyntax Guard(StatementSyntax body) => body is BlockSyntax block
        ? block.WithStatements(block.Statements.Insert(0, Check))
        : SyntaxFactory.Block(Check, body);
}
