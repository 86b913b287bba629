namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// The venue's own perpetual–index basis for one period: <see cref="Basis"/> = contract price − index price and
/// <see cref="BasisRate"/> = basis / index. <see cref="Time"/> is the period end, when the value is known.
/// </summary>
public sealed record BasisPoint(DateTimeOffset Time, decimal ContractPrice, decimal IndexPrice, decimal Basis, decimal BasisRate);
