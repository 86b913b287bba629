namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// One disagreement: at <see cref="Time"/> for <see cref="Symbol"/> (empty for portfolio-wide items) the item
/// <see cref="Name"/> was <see cref="Reference"/> in the reference run and <see cref="Observed"/> in the other.
/// </summary>
public sealed record BiasFinding(BiasFindingKind Kind, DateTimeOffset Time, string Symbol, string Name, string Reference, string Observed);
