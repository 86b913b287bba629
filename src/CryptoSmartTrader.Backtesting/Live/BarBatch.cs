using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Live;

/// <summary>The bars that closed at one instant, as a live feed delivers them: (universe index, bar) pairs.</summary>
public sealed record BarBatch(DateTimeOffset CloseTime, IReadOnlyList<(int Symbol, Bar Bar)> Bars);
