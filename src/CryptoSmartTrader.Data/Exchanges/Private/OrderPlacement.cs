namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>What became of a placement. A reject is <see cref="PlacementState.NotPlaced"/> with the venue's typed error.</summary>
public sealed record OrderPlacement(PlacementState State, OrderSnapshot? Order, ExchangeError? Error, bool ResolvedByQuery, int Queries)
{
    public static OrderPlacement Placed(OrderSnapshot order, bool resolvedByQuery = false, int queries = 0) =>
        new(PlacementState.Placed, order, null, resolvedByQuery, queries);

    public static OrderPlacement NotPlaced(ExchangeError error, bool resolvedByQuery = false, int queries = 0) =>
        new(PlacementState.NotPlaced, null, error, resolvedByQuery, queries);

    public static OrderPlacement Unknown(ExchangeError error, int queries) => new(PlacementState.Unknown, null, error, true, queries);
}
