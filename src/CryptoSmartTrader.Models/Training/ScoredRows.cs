namespace CryptoSmartTrader.Models.Training;

/// <summary>Calibrated outputs per row: P(up), confidence, expected log return and 80%/95% conformal intervals.</summary>
public sealed record ScoredRows(double[] ProbabilityUp, double[] Confidence, double[] ExpectedReturn,
    double[] Low80, double[] High80, double[] Low95, double[] High95);
