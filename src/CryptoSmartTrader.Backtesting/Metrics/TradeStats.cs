namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Per-trade statistics from net trade PnLs xᵢ (wins xᵢ &gt; 0, losses xᵢ &lt; 0; a zero trade counts as neither):
/// profit factor = Σwins / |Σlosses|; expectancy = mean(x); win rate = #wins / n; average win/loss = mean over each
/// group; SQN (Van Tharp) = √n · mean(x) / s(x), here on PnL rather than R-multiples (as backtrader does).
/// </summary>
public readonly record struct TradeStats(
    int Count,
    int Wins,
    int Losses,
    double WinRate,
    double ProfitFactor,
    double Expectancy,
    double AverageWin,
    double AverageLoss,
    double Sqn,
    double GrossProfit,
    double GrossLoss)
{
    public static TradeStats Compute(ReadOnlySpan<double> pnl)
    {
        if (pnl.Length == 0) return new TradeStats(0, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
        int wins = 0, losses = 0;
        double gp = 0, gl = 0;
        foreach (var x in pnl)
        {
            if (x > 0) { wins++; gp += x; }
            else if (x < 0) { losses++; gl += x; }
        }

        var sd = Stats.StdDev(pnl);
        var mean = Stats.Mean(pnl);
        return new TradeStats(
            pnl.Length,
            wins,
            losses,
            (double)wins / pnl.Length,
            gl == 0 ? (gp > 0 ? double.PositiveInfinity : double.NaN) : gp / -gl,
            mean,
            wins == 0 ? double.NaN : gp / wins,
            losses == 0 ? double.NaN : gl / losses,
            sd is 0 or double.NaN ? double.NaN : Math.Sqrt(pnl.Length) * mean / sd,
            gp,
            gl);
    }
}
