namespace CryptoSmartTrader.Reporting.Html;

/// <summary>The report stylesheet, inlined so the page is one self-contained file.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;display:flex}
        nav.toc{position:sticky;top:0;align-self:flex-start;width:230px;max-height:100vh;overflow:auto;padding:16px;border-right:1px solid #ddd;font-size:13px}
        nav.toc ul{list-style:none;padding:0;margin:0}nav.toc li.l2{padding-left:10px}nav.toc li.l3{padding-left:20px}
        nav.toc h2{font-size:14px;margin:0 0 8px}
        main{flex:1;max-width:1100px;padding:16px 32px}
        h1.title{margin-top:0}
        table.meta{border-collapse:collapse;font-size:13px;margin-bottom:16px}table.meta th{text-align:left;padding:2px 12px 2px 0;color:#555}
        table.cst-table{border-collapse:collapse;font-size:13px}table.cst-table th,table.cst-table td{border:1px solid #ddd;padding:3px 8px;text-align:right}
        table.cst-table th:first-child,table.cst-table td:first-child{text-align:left}
        .failure{background:#fdecea;border:1px solid #ef5350;padding:8px;border-radius:4px}
        section.cell{margin:8px 0 16px}
        details.code summary{cursor:pointer;color:#555;font:12px ui-monospace,monospace;padding:4px 0}
        details.code pre{background:#f6f8fa;padding:10px;overflow:auto;border-radius:4px}
        .count{color:#1f77b4}.took{color:#999;margin-left:8px}
        pre.out{margin:4px 0;padding:6px 10px;background:#fafafa;border-left:3px solid #ccc;overflow:auto;white-space:pre-wrap}
        pre.out.stderr{border-left-color:#ff7f0e}pre.out.error{border-left-color:#ef5350;background:#fdecea}
        div.out.chart{width:100%;min-height:320px}
        """;
}
