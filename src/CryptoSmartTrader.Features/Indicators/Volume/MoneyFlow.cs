namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Shared money-flow arithmetic.</summary>
internal static class MoneyFlow
{
    /// <summary>Close location value ((C − L) − (H − C)) / (H − L), 0 when H = L.</summary>
    public static double Clv(in OhlcvBar bar)
    {
        var range = bar.High - bar.Low;
        return range > 0 ? (bar.Close - bar.Low - (bar.High - bar.Close)) / range : 0;
    }
}
