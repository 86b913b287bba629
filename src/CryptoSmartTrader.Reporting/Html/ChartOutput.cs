using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>An interactive plotly chart.</summary>
public sealed record ChartOutput(PlotlyFigure Figure) : ReportOutput;
