namespace CryptoSmartTrader.Models.Training;

/// <summary>Out-of-fold rows (indices into <see cref="OutOfFoldPredictions"/>) scored with calibration from earlier folds only.</summary>
internal sealed record CalibratedOutOfFold(int[] Rows, double[] Probability, double[] Confidence, double[] Low80, double[] High80, double[] Low95, double[] High95);
