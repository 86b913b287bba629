using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>Forward log returns over another horizon for the same rows; NaN where the end bar is missing or lies past the label cut-off.</summary>
public sealed record OtherHorizonLabels(Horizon Horizon, double[] Returns);
