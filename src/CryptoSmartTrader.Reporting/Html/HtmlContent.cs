using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// Trusted HTML to show as-is (notebook <c>display(HTML("…"))</c>, tables). It is not sanitised: only wrap markup you built.
/// As <see cref="IHtmlContent"/> it also shows as HTML in VS Code Polyglot Notebooks.
/// </summary>
public sealed record HtmlContent(string Html) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Html);

    public override string ToString() => Html;
}
