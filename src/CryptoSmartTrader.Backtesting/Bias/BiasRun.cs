using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>One kernel run with its insights recorded, shared by the lookahead and recursive analyses.</summary>
internal sealed class BiasRun
{
    private BiasRun(KernelSession session, RecordingAlphaModel alpha)
    {
        Session = session;
        Insights = alpha.Records;
        Decisions = session.Decisions();
    }

    public KernelSession Session { get; }
    public IReadOnlyList<InsightRecord> Insights { get; }
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Runs in market-order mode: limit orders whose fill depends on later bars would show up as false positives.</summary>
    public static BiasRun Execute(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, BacktestOptions options)
    {
        RecordingAlphaModel? recorder = null;
        var marketOnly = blueprint
            .WithAlpha(u => recorder = new RecordingAlphaModel(blueprint.CreateAlpha(u)),
                blueprint.AlphaOnData is null ? null : (data, u) => recorder = new RecordingAlphaModel(blueprint.AlphaOnData(data, u)))
            .WithExecution(() => new ExecutionModel(new ExecutionOptions { Style = ExecutionStyle.Market }));
        var session = BacktestRunner.Drive(series, marketOnly, options);
        return new BiasRun(session, recorder!);
    }

    public static bool Same(in AlphaInsight a, in AlphaInsight b, double tolerance) =>
        a.Source == b.Source && Close(a.Direction, b.Direction, tolerance) && Close(a.Confidence, b.Confidence, tolerance)
        && Close(a.PayoffRatio, b.PayoffRatio, tolerance) && Close(a.Uncertainty, b.Uncertainty, tolerance);

    public static bool Same(in Decision a, in Decision b, double tolerance) =>
        a.Symbol == b.Symbol && a.Action == b.Action && a.Reason == b.Reason && Close(a.Quantity, b.Quantity, tolerance) && Close(a.Price, b.Price, tolerance);

    /// <summary>Equal within a relative tolerance (absolute near zero); NaN equals NaN.</summary>
    public static bool Close(double a, double b, double tolerance) =>
        (double.IsNaN(a) && double.IsNaN(b)) || a == b || Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public static string Text(in AlphaInsight i) => string.Create(CultureInfo.InvariantCulture,
        $"dir={i.Direction:G6} conf={i.Confidence:G6} b={i.PayoffRatio:G6} u={i.Uncertainty:G6} src={i.Source}");

    public static string Text(in Decision d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Action} {d.Reason} qty={d.Quantity:G8} px={d.Price:G8}");

    public static string F(double v) => v.ToString("G10", CultureInfo.InvariantCulture);
}
