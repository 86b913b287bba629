using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Account and behaviour settings of a <see cref="TradingKernel"/>.</summary>
public sealed class TradingKernelOptions
{
    public TradingMode Mode { get; set; } = TradingMode.Backtest;
    public string AccountCurrency { get; set; } = "USDT";
    public decimal InitialCash { get; set; } = 10_000m;

    /// <summary>A target change smaller than this fraction of equity is not traded (avoids churning on drift).</summary>
    public double RebalanceThreshold { get; set; } = 0.02;

    /// <summary>Prefix of the deterministic client order ids (<c>prefix-1</c>, <c>prefix-2</c>, …).</summary>
    public string ClientOrderIdPrefix { get; set; } = "cst";

    /// <summary>Correlation cluster per symbol for the cluster exposure cap; unnamed symbols form their own cluster.</summary>
    public IDictionary<Symbol, string> Clusters { get; } = new Dictionary<Symbol, string>();

    /// <summary>Returns per symbol before it counts in the correlation-spike trigger.</summary>
    public int CorrelationWarmup { get; set; } = 50;

    /// <summary>Record a Hold decision for every symbol and bar without a trade (verbose; off for speed).</summary>
    public bool RecordHolds { get; set; }

    public void Validate()
    {
        if (!Enum.IsDefined(Mode)) throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "kernel: Mode must be Backtest, Paper or Live");
        if (!AssetCode.TryNormalize(AccountCurrency, out _)) throw new ArgumentException($"kernel: AccountCurrency must be an asset code, got '{AccountCurrency}'", nameof(AccountCurrency));
        if (InitialCash <= 0) throw new ArgumentOutOfRangeException(nameof(InitialCash), InitialCash, "kernel: InitialCash must be > 0");
        if (!(RebalanceThreshold is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(RebalanceThreshold), RebalanceThreshold, "kernel: RebalanceThreshold must be in [0, 1)");
        if (string.IsNullOrWhiteSpace(ClientOrderIdPrefix) || ClientOrderIdPrefix.Length > 20)
        {
            throw new ArgumentException($"kernel: ClientOrderIdPrefix must be 1-20 characters, got '{ClientOrderIdPrefix}'", nameof(ClientOrderIdPrefix));
        }

        if (CorrelationWarmup < 2) throw new ArgumentOutOfRangeException(nameof(CorrelationWarmup), CorrelationWarmup, "kernel: CorrelationWarmup must be >= 2");
    }
}
