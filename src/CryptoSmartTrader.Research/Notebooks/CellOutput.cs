using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>One output of an executed cell. <see cref="IsResult"/> marks the value of the cell's last expression (nbformat execute_result).</summary>
internal sealed record CellOutput(ReportOutput Content, bool IsResult = false);
