using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>
/// One incremental L2 update. A level with size 0 removes that price. <see cref="FirstSequence"/>..<see cref="LastSequence"/>
/// is the range of venue update ids it covers (Binance U..u, KuCoin sequenceStart..sequenceEnd); venues that publish a
/// previous id instead (HTX prevSeqNum) set <see cref="PreviousSequence"/>.
/// </summary>
public sealed record BookDelta(
    long FirstSequence,
    long LastSequence,
    IReadOnlyList<BookLevel> Bids,
    IReadOnlyList<BookLevel> Asks,
    DateTimeOffset Time,
    long? PreviousSequence = null);
