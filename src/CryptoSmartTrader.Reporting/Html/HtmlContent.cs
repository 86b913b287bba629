namespace CryptoSmartTrader.Reporting.Html;

/// <summary>Trusted HTML to show as-is (notebook <c>display(HTML("…"))</c>, tables). It is not sanitised: only wrap markup you built.</summary>
public sealed record HtmlContent(string Html)
{
    public override string ToString() => Html;
}
