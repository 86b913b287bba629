using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// Renders markdown cells with Markdig and gives every heading an id that is unique across the whole report
/// (Markdig's own ids are only unique within one document, and each cell is a separate document).
/// </summary>
internal sealed class MarkdownSection
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public List<TocEntry> Toc { get; } = [];

    public string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(heading.Inline);
            var id = Unique(Slug(text));
            heading.GetAttributes().Id = id;
            Toc.Add(new TocEntry(heading.Level, text, id));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if ((c == ' ' || c == '-' || c == '_') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }

    private string Unique(string slug)
    {
        var id = slug;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        if (inline is null) return string.Empty;
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
            }
        }

        return sb.ToString().Trim();
    }

    internal readonly record struct TocEntry(int Level, string Text, string Id);
}
