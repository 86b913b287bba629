using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>One symbol's bars and the features computed from them (same rows, same close times).</summary>
public sealed record SymbolFrame(CandleSeries Series, FeatureMatrix Features);
