using CryptoSmartTrader.Data.Exchanges.Private;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>What start-up reconciliation found. <see cref="Ready"/> false means trading must wait (the reason is in <see cref="Outcome"/>).</summary>
internal sealed record LiveReconciliation(bool Ready, decimal Cash, IReadOnlyList<AssetBalance> Balances, string Outcome);
