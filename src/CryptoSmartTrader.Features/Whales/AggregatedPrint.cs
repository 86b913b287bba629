using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Whales;

/// <summary>
/// One or more consecutive prints merged as probable fills of one aggressive order. Known from <see cref="LastTime"/> on.
/// <see cref="FirstIndex"/>/<see cref="Count"/> point back into the input tape.
/// </summary>
public readonly record struct AggregatedPrint(
    DateTimeOffset FirstTime,
    DateTimeOffset LastTime,
    TakerSide Side,
    double Vwap,
    double Size,
    double Notional,
    int FirstIndex,
    int Count);
