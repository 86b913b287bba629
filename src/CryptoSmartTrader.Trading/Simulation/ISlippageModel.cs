namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Adverse price movement caused by our own taker order, as a non-negative fraction of the reference price
/// (the spread is charged separately by the venue).</summary>
public interface ISlippageModel
{
    string Name { get; }

    double Fraction(in SlippageInput input);
}
