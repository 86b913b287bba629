using System.Globalization;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.State;

/// <summary>
/// After each step, under the session gate: the status page, the alerts and (outside recovery) the step's commit.
/// Owns what it needs to raise an alert on a change only: per-symbol tradability, the ladder level, the kill switch, the
/// live venue's hold.
/// </summary>
internal sealed class CyclePublisher(BotStatus status, BotAlerts alerts, BotRuntime runtime, TradingControl control)
{
    private readonly Dictionary<Symbol, bool> _tradable = [];
    private string _lastLevel = "Normal";
    private ReasonCode _lastKill = ReasonCode.None;
    private string? _lastHold;

    public void Publish(BotSession session, KernelStep step, bool persist)
    {
        var k = session.Kernel;
        var now = session.LastClose!.Value;
        var decisions = session.DrainDecisions();
        var marks = new Dictionary<Symbol, decimal>();
        for (var i = 0; i < k.Universe.Count; i++)
        {
            var close = k.Market.CloseOf(i);
            if (close > 0) marks[k.Universe.SymbolOf(i)] = (decimal)close;
        }

        var equity = k.Portfolio.Equity(marks);
        var cash = k.Portfolio.CashOf(k.Portfolio.AccountCurrency);
        var (predictions, views) = Predictions(session, now);
        var state = TradingStateRecord.Of(k.Risk, control.ManualReason);
        if (persist)
        {
            var positions = k.Portfolio.Positions.Select(p => (p.Symbol.ToString(), p.Quantity, p.AverageCost)).ToList();
            var balances = k.Portfolio.Cash.Select(c => (c.Key, c.Value)).ToList();
            runtime.Store!.CommitStep(new StepRecord(now, equity, cash, k.Risk.State.ToString(), k.Risk.Level.ToString(), positions, balances, predictions, decisions, state));
        }

        foreach (var d in decisions)
        {
            if (d.Action == DecisionAction.Hold) continue;
            status.AddDecision(new DecisionView(d.Time, d.Symbol.ToString(), d.Action.ToString(), d.Reason.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"qty {d.Quantity:G6} @ {d.Price:G8}{(d.ClientOrderId is null ? "" : " " + d.ClientOrderId)}{(d.Details is null ? "" : ": " + d.Details)}")));
            if (d.Action == DecisionAction.OrderSubmitted) status.CountOrder(rejected: false);
            else if (d.Action == DecisionAction.OrderFilled) status.CountFill();
            else if (d.Action == DecisionAction.OrderRejected && session.Persisting is not null)
            {
                status.CountOrder(rejected: true);
                // An order the venue's hold refused is covered by the hold's own alert (one per hold, not one per order).
                if (persist && d.Reason != ReasonCode.VenueHold) alerts.Raise(AlertKind.OrderReject, AlertSeverity.Warning, $"order {d.ClientOrderId} for {d.Symbol} rejected: {d.Reason} {d.Details}");
            }
        }

        var (gross, net) = k.Portfolio.Exposure(marks);
        status.RecordEquity(now, equity, cash, gross, net);
        status.ReplacePositions(k.Portfolio.Positions.Select(p => new PositionView(p.Symbol.ToString(), p.Quantity, p.AverageCost,
            marks.GetValueOrDefault(p.Symbol), p.UnrealizedPnl(marks.GetValueOrDefault(p.Symbol)))));
        status.ReplaceOrders(k.OpenOrders.Select(o => new OrderView(o.ClientOrderId, o.Request.Symbol.ToString(), o.Request.Side.ToString(),
            o.Request.Type.ToString(), o.Request.Quantity, o.Request.LimitPrice, o.FilledQuantity, o.Status.ToString(), o.CreatedAt)));
        status.ReplacePredictions(views);
        PublishHealth(session, now, persist);
        PublishState(k.Risk, step, now, persist);
        if (persist) session.Crash.Hit("after-step");
    }

    public void PublishHealth(BotSession session, DateTimeOffset now, bool persist)
    {
        status.ReplaceDataHealth(session.Health.Select(h => new DataHealthView(h.Symbol.ToString(), h.Report.Score, h.Report.Tradable,
            h.Report.LastOpen is { } lo ? lo + h.Report.Timeframe.Duration : null, h.Report.Age?.TotalSeconds ?? 0, h.Report.Reasons)));
        foreach (var h in session.Health)
        {
            var was = _tradable.GetValueOrDefault(h.Symbol, true);
            _tradable[h.Symbol] = h.Report.Tradable;
            if (was && !h.Report.Tradable && persist)
            {
                alerts.Raise(AlertKind.DataQualityBlock, AlertSeverity.Warning, $"{h.Symbol} blocked by data quality at {now:O}: {string.Join("; ", h.Report.Reasons)}");
            }
        }
    }

    // The trading state on the page says why it is halted and how it resumes; a kill switch the risk engine engaged
    // itself (volatility shock, data-quality collapse, drawdown, system errors) alerts exactly like the operator's.
    private void PublishState(RiskEngine risk, KernelStep step, DateTimeOffset now, bool persist)
    {
        var level = step.Level.ToString();
        var reason = TradingStateRecord.Of(risk, control.ManualReason).Explain();
        var code = risk.KillSwitchEngaged ? risk.KillSwitchReason.ToString() : risk.DailyHaltActive ? nameof(ReasonCode.DailyLossLimitHalt) : null;
        var state = step.State.ToString();
        // The live venue's hold (an order of unknown outcome, or unreadable working orders) halts trading as surely as
        // the risk engine does: the page and API say so with its code and how it ends, and it alerts like a kill switch.
        var hold = runtime.Run?.Venue?.HaltReason;
        if (hold is not null)
        {
            state = nameof(TradingState.Halted);
            var held = $"{hold}; {Live.LiveVenue.HoldResumes}";
            reason = reason is null ? held : $"{reason}; also {held}";
            code ??= nameof(ReasonCode.VenueHold);
        }

        status.SetTrading(state, level, risk.KillSwitchEngaged, reason, code);
        if (level != _lastLevel && persist) alerts.Raise(AlertKind.DrawdownLevel, AlertSeverity.Warning, $"drawdown level {_lastLevel} -> {level} at {now:O}");
        _lastLevel = level;
        if (persist && (hold is null) != (_lastHold is null))
        {
            if (hold is not null) alerts.Raise(AlertKind.KillSwitch, AlertSeverity.Critical, $"trading halted by the live venue at {now:O} (VenueHold): {hold}; {Live.LiveVenue.HoldResumes}");
            else alerts.Raise(AlertKind.KillSwitch, AlertSeverity.Info, $"live venue hold released at {now:O}: the venue answered, trading resumes");
        }

        _lastHold = hold;
        var kill = risk.KillSwitchReason;
        // The operator's own kill switch alerted when it was pulled (TradingControl), so it is not raised twice.
        if (kill != _lastKill && kill != ReasonCode.None && kill != ReasonCode.KillSwitchManual && persist)
        {
            alerts.Raise(AlertKind.KillSwitch, AlertSeverity.Critical, $"kill switch engaged by the risk engine at {now:O}: {reason}");
        }

        _lastKill = kill;
    }

    private static (List<(string, string, double, double, bool)> Rows, List<PredictionView> Views) Predictions(BotSession session, DateTimeOffset now)
    {
        var k = session.Kernel;
        var predictions = new List<(string, string, double, double, bool)>();
        var views = new List<PredictionView>();
        var models = session.Alpha as ModelStrategyAlpha;
        for (var i = 0; i < k.Universe.Count; i++)
        {
            var ins = k.Insights[i];
            if (!ins.HasView) continue;
            var tradable = session.Health.Count > i && session.Health[i].Report.Tradable;
            var passes = tradable && ins.Confidence >= k.Risk.Options.MinConfidence;
            if (models?.PredictionOf(i) is { } p)
            {
                // A model's own forecast (horizon, P(up), expected return), not the insight derived from it.
                var model = models.ModelOf(i) ?? k.AlphaName;
                predictions.Add((k.Universe.SymbolOf(i).ToString(), model, p.Direction, p.Confidence, passes));
                views.Add(new PredictionView(k.Universe.SymbolOf(i).ToString(), p.Horizon.ToString(), p.AsOf, p.ProbabilityUp, p.Confidence, p.ExpectedReturn, passes, model));
                continue;
            }

            predictions.Add((k.Universe.SymbolOf(i).ToString(), k.AlphaName, ins.Direction, ins.Confidence, passes));
            views.Add(new PredictionView(k.Universe.SymbolOf(i).ToString(), k.Universe.TimeframeOf(i).ToString(), now,
                ins.Direction > 0 ? ins.Confidence : ins.Direction < 0 ? 1 - ins.Confidence : 0.5, ins.Confidence, 0, passes, k.AlphaName));
        }

        return (predictions, views);
    }
}
