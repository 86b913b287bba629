namespace CryptoSmartTrader.Models.Evaluation;

/// <summary>Out-of-sample scores of one model on one horizon (the fields of <c>cst evaluate --json</c>).</summary>
public sealed record HorizonMetrics(
    string Horizon,
    string Model,
    int N,
    double Auc,
    double Brier,
    double LogLoss,
    double Ece,
    double Coverage80,
    double Coverage95,
    double GatePassShare,
    double GateHitRate,
    int GatePassed)
{
    /// <summary>Scores a set of predictions against realised returns (up = return &gt; 0).</summary>
    public static HorizonMetrics Compute(string horizon, string model, ReadOnlySpan<double> probabilityUp, ReadOnlySpan<double> confidence,
        ReadOnlySpan<double> returns, ReadOnlySpan<double> low80, ReadOnlySpan<double> high80, ReadOnlySpan<double> low95, ReadOnlySpan<double> high95,
        double gate = 0.8)
    {
        var y = new double[returns.Length];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = returns[i] > 0 ? 1 : 0;
        }

        var (share, hit, passed) = ForecastMetrics.Gate(probabilityUp, confidence, y, gate);
        return new HorizonMetrics(horizon, model, returns.Length, ForecastMetrics.Auc(probabilityUp, y), ForecastMetrics.Brier(probabilityUp, y),
            ForecastMetrics.LogLoss(probabilityUp, y), ForecastMetrics.Ece(probabilityUp, y),
            ForecastMetrics.Coverage(returns, low80, high80), ForecastMetrics.Coverage(returns, low95, high95), share, hit, passed);
    }
}
