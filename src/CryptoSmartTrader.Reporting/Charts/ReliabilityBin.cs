namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>One bin of a reliability diagram: predictions in [<see cref="From"/>, <see cref="To"/>), their mean and the observed up-rate.</summary>
public readonly record struct ReliabilityBin(double From, double To, int Count, double MeanPredicted, double ObservedFrequency);
