using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>What running one cell produced. <see cref="Failure"/> is the one-line reason when it failed (compile, runtime, timeout).</summary>
internal sealed record CellResult(IReadOnlyList<CellOutput> Outputs, IReadOnlyList<ReportDataRange> DataRanges, TimeSpan Duration, string? Failure);
