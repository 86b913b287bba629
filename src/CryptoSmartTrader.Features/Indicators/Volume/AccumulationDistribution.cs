namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Chaikin's accumulation/distribution line: running sum of CLV·V with CLV = ((C − L) − (H − C)) / (H − L)
/// (0 when H = L), starting from the first bar. Column <c>ad</c>; warm-up 1.
/// </summary>
public sealed class AccumulationDistribution : Indicator
{
    private double _ad;

    public AccumulationDistribution()
        : base(1, "ad")
    {
    }

    protected override void Step(in OhlcvBar bar)
    {
        _ad += MoneyFlow.Clv(bar) * bar.Volume;
        Out[0] = _ad;
    }

    protected override void OnReset() => _ad = 0;

    protected override Indicator CreateFresh() => new AccumulationDistribution();
}
