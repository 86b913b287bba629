namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Drawdown from the running peak: <c>equity[t] / max(equity[0..t]) - 1</c> (0 at a new high, negative below it).</summary>
public static class Drawdown
{
    public static double[] Compute(IReadOnlyList<double> equity)
    {
        var result = new double[equity.Count];
        var peak = double.NegativeInfinity;
        for (var i = 0; i < equity.Count; i++)
        {
            peak = Math.Max(peak, equity[i]);
            result[i] = equity[i] / peak - 1;
        }

        return result;
    }
}
