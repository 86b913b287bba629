namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A prediction interval at coverage <see cref="Level"/> (e.g. 0.8), one low/high pair per time point.</summary>
public sealed record PredictionBand(double Level, IReadOnlyList<double> Low, IReadOnlyList<double> High);
