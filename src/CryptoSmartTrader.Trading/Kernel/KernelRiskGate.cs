using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Builds the <see cref="RiskCheck"/> for an order of symbol <c>i</c> from the market state and the exchange's minimum
/// notional, and asks the risk engine. Every order the kernel sends (pipeline, algorithm child, stop, manual) goes through here.
/// </summary>
internal sealed class KernelRiskGate(RiskEngine risk, ExposureBook exposure, MarketState market, double[] minNotional, KernelStepState step)
{
    public RiskEngine Engine => risk;

    public double MinNotionalOf(int i) => minNotional[i];

    public RiskDecision Evaluate(int i, double signedQuantity, double price, double confidence) =>
        risk.Evaluate(new RiskCheck(i, signedQuantity, price, confidence, step.Now, minNotional[i], market.SpreadBpsOf(i), market.DepthQuoteOf(i),
            market.Volume24hQuoteOf(i), step.Context?.DataQualityOf(i)), exposure);
}
