using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Metrics;

namespace CryptoSmartTrader.Bot.State;

/// <summary>
/// The bot's live picture for the status page, API and metrics. Writers are the jobs; readers take copies under a lock,
/// so a page never sees a half-updated panel.
/// </summary>
internal sealed class BotStatus(BotOptions options, TimeProvider time)
{
    private const int MaxHistory = 2_000;
    private readonly object _gate = new();
    private readonly List<EquityPoint> _equity = [];
    private readonly LinkedList<DecisionView> _decisions = new();
    private readonly LinkedList<AlertView> _alerts = new();
    private readonly Dictionary<string, JobView> _jobs = new(StringComparer.Ordinal);
    private readonly List<string> _notices = [];
    private List<PositionView> _positions = [];
    private List<OrderView> _orders = [];
    private List<PredictionView> _predictions = [];
    private List<DataHealthView> _health = [];
    private List<DerivativesHealthView> _derivatives = [];
    private decimal _cash;
    private decimal _gross;
    private decimal _net;
    private long _orderCount;
    private long _fillCount;
    private long _rejectCount;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>The Prometheus series behind /metrics; job runs recorded here are observed into its histogram.</summary>
    public BotMetrics Metrics { get; } = new();
    public BotMode Mode => options.Mode;
    public string TradingState { get; private set; } = "Active";
    public string DrawdownLevel { get; private set; } = "Normal";
    public bool KillSwitch { get; private set; }
    public string? KillSwitchReason { get; private set; }

    /// <summary>What halts or restricts trading as a code (a kill-switch <c>ReasonCode</c>, <c>DailyLossLimitHalt</c>,
    /// <c>VenueHold</c>), null while trading normally; <see cref="KillSwitchReason"/> says it in words with how it resumes.</summary>
    public string? HaltCode { get; private set; }

    /// <summary>LIVE when candles come from the exchange, REPLAY when the local dataset is replayed; null until known.</summary>
    public string? DataSource { get; private set; }

    public void SetDataSource(string source) { lock (_gate) DataSource = source; }

    /// <summary>The drawdown ladder's recovery policy the session runs (package.json's spelling: manual, cooldown, ...).</summary>
    public string? LadderRecovery { get; private set; }

    public void SetLadderRecovery(string policy) { lock (_gate) LadderRecovery = policy; }

    public void SetTrading(string state, string drawdownLevel, bool killSwitch, string? reason, string? haltCode = null)
    {
        lock (_gate)
        {
            TradingState = state;
            DrawdownLevel = drawdownLevel;
            KillSwitch = killSwitch;
            KillSwitchReason = reason;
            HaltCode = haltCode;
        }
    }

    public void AddNotice(string notice)
    {
        lock (_gate)
        {
            if (!_notices.Contains(notice)) _notices.Add(notice);
        }
    }

    /// <summary>Replaces the notice that starts with <paramref name="prefix"/> (e.g. one model's latest drift advice) instead of adding another.</summary>
    public void ReplaceNotice(string prefix, string notice)
    {
        lock (_gate)
        {
            _notices.RemoveAll(n => n.StartsWith(prefix, StringComparison.Ordinal));
            _notices.Add(notice);
        }
    }

    /// <summary>Removes the notice that starts with <paramref name="prefix"/> (a condition that no longer holds).</summary>
    public void RemoveNotice(string prefix)
    {
        lock (_gate) _notices.RemoveAll(n => n.StartsWith(prefix, StringComparison.Ordinal));
    }

    public void RecordEquity(DateTimeOffset at, decimal equity, decimal cash, decimal gross, decimal net)
    {
        lock (_gate)
        {
            var peak = _equity.Count == 0 ? equity : Math.Max(_equity.Max(e => e.Equity), equity);
            _equity.Add(new EquityPoint(at, equity, peak == 0 ? 0 : (equity - peak) / peak));
            if (_equity.Count > MaxHistory) _equity.RemoveAt(0);
            _cash = cash;
            _gross = gross;
            _net = net;
        }
    }

    public void ReplacePositions(IEnumerable<PositionView> positions) { lock (_gate) _positions = positions.ToList(); }
    public void ReplaceOrders(IEnumerable<OrderView> orders) { lock (_gate) _orders = orders.ToList(); }
    public void ReplacePredictions(IEnumerable<PredictionView> predictions) { lock (_gate) _predictions = predictions.ToList(); }
    public void ReplaceDataHealth(IEnumerable<DataHealthView> health) { lock (_gate) _health = health.ToList(); }
    public void ReplaceDerivativesHealth(IEnumerable<DerivativesHealthView> health) { lock (_gate) _derivatives = health.ToList(); }

    public void CountOrder(bool rejected) { lock (_gate) { _orderCount++; if (rejected) _rejectCount++; } }
    public void CountFill() { lock (_gate) _fillCount++; }

    public void AddDecision(DecisionView decision) => Push(_decisions, decision);
    public void AddAlert(AlertView alert) => Push(_alerts, alert);

    public void RecordJob(string name, DateTimeOffset ran, DateTimeOffset? next, bool ok, string outcome, double durationMs)
    {
        lock (_gate)
        {
            var previous = _jobs.GetValueOrDefault(name);
            _jobs[name] = new JobView(name, ran, next, outcome, durationMs, (previous?.Runs ?? 0) + 1, (previous?.Failures ?? 0) + (ok ? 0 : 1));
        }

        Metrics.ObserveJob(name, TimeSpan.FromMilliseconds(durationMs), ok);
    }

    public void ScheduleJob(string name, DateTimeOffset? next)
    {
        lock (_gate)
        {
            var previous = _jobs.GetValueOrDefault(name);
            _jobs[name] = previous is null ? new JobView(name, null, next, "scheduled", 0, 0, 0) : previous with { NextRun = next };
        }
    }

    public OverviewView Overview()
    {
        lock (_gate)
        {
            return new OverviewView(Mode.ToString().ToUpperInvariant(), TradingState, DrawdownLevel, KillSwitch, KillSwitchReason,
                _equity.Count > 0 ? _equity[^1].Equity : 0m, _cash, _gross, _net, _orderCount, _fillCount, _rejectCount,
                StartedAt, time.GetUtcNow(), options.NodeId, _notices.ToList(), DataSource, LadderRecovery, HaltCode);
        }
    }

    public IReadOnlyList<EquityPoint> Equity() { lock (_gate) return _equity.ToList(); }
    public IReadOnlyList<PositionView> Positions() { lock (_gate) return _positions.ToList(); }
    public IReadOnlyList<OrderView> Orders() { lock (_gate) return _orders.ToList(); }
    public IReadOnlyList<PredictionView> Predictions() { lock (_gate) return _predictions.ToList(); }
    public IReadOnlyList<DecisionView> Decisions() { lock (_gate) return _decisions.ToList(); }
    public IReadOnlyList<DataHealthView> DataHealth() { lock (_gate) return _health.ToList(); }
    public IReadOnlyList<DerivativesHealthView> DerivativesHealth() { lock (_gate) return _derivatives.ToList(); }
    public IReadOnlyList<JobView> Jobs() { lock (_gate) return _jobs.Values.OrderBy(j => j.Name, StringComparer.Ordinal).ToList(); }
    public IReadOnlyList<AlertView> Alerts() { lock (_gate) return _alerts.ToList(); }

    private void Push<T>(LinkedList<T> list, T item)
    {
        lock (_gate)
        {
            list.AddFirst(item);
            while (list.Count > 200) list.RemoveLast();
        }
    }
}
