using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.State;

/// <summary>
/// The operator's kill switch, resume and drawdown-ladder release. Each action is journaled in the store (after which committed step it took
/// effect) before it reaches the kernel's risk engine, so a restart that re-runs the committed steps re-applies it at
/// the same point: the re-run trades exactly as the original did, and a bot halted before a crash comes back halted.
/// Owns the journal and the operator's reason.
/// </summary>
internal sealed class TradingControl(BotOptions options, BotRuntime runtime, BotStatus status, BotAlerts alerts, TimeProvider time) : ITradingControl
{
    private readonly object _gate = new();
    private readonly List<ControlEvent> _events = [];
    private int _applied;
    private volatile string? _manualReason;

    /// <summary>The operator's words for the kill switch now engaged by the operator (null when none).</summary>
    public string? ManualReason => _manualReason;

    /// <summary>Loads the journal of an existing store; none of it is applied yet (the re-run applies it step by step).</summary>
    public void Load(BotStore store)
    {
        lock (_gate)
        {
            _events.Clear();
            _events.AddRange(store.ControlEvents());
            _applied = 0;
        }
    }

    /// <summary>The kill switch acts on the kernel's risk engine (which cancels every working order), never around it.</summary>
    public void Halt(string reason)
    {
        Act(BotStore.Halt, reason);
        status.SetTrading("Halted", status.DrawdownLevel, killSwitch: true, reason, nameof(ReasonCode.KillSwitchManual));
        alerts.Raise(AlertKind.KillSwitch, AlertSeverity.Critical, $"kill switch engaged: {reason}");
    }

    public void Resume()
    {
        Act(BotStore.Resume, null);
        var session = runtime.Session;
        string state;
        lock (session?.Gate ?? _gate) state = session?.Kernel.Risk.State.ToString() ?? "Active";
        status.SetTrading(state, status.DrawdownLevel, killSwitch: false, null);
    }

    public void ReleaseLadder(string reason)
    {
        Act(BotStore.ReleaseLadder, reason);
        var session = runtime.Session;
        string state, level;
        bool halted;
        lock (session?.Gate ?? _gate)
        {
            state = session?.Kernel.Risk.State.ToString() ?? status.TradingState;
            level = session?.Kernel.Risk.Level.ToString() ?? status.DrawdownLevel;
            halted = session?.Kernel.Risk.KillSwitchEngaged ?? status.KillSwitch;
        }

        status.SetTrading(state, level, halted, halted ? status.KillSwitchReason : null, halted ? status.HaltCode : null);
        alerts.Raise(AlertKind.DrawdownLevel, AlertSeverity.Warning, $"drawdown ladder released by the operator: {reason}");
    }

    /// <summary>
    /// Applies, under the session gate, every journaled action that took effect before the bar closing at
    /// <paramref name="before"/> and has not been applied yet (the re-run of committed steps after a restart).
    /// </summary>
    public void ApplyJournal(BotSession session, DateTimeOffset before)
    {
        lock (_gate)
        {
            for (; _applied < _events.Count; _applied++)
            {
                var e = _events[_applied];
                if (e.After is { } after && after >= before) return;
                Apply(session.Kernel, e);
            }
        }
    }

    private void Act(string action, string? reason)
    {
        var store = runtime.OpenStore(options.DbPath);
        var session = runtime.Session;
        lock (session?.Gate ?? _gate)
        {
            lock (_gate)
            {
                // The action takes effect after the last committed step; while a restart is still re-running committed
                // steps it waits for the re-run to reach that point (applying it earlier would rewrite history).
                var cursor = store.Cursor();
                var last = session?.LastClose;
                var after = cursor is { } c && !(last >= c) ? c : last ?? cursor;
                store.AppendControl(after, action, reason, time.GetUtcNow());
                _events.Add(new ControlEvent(0, after, action, reason));
                if (session is not null && (cursor is null || last >= cursor)) ApplyJournal(session, DateTimeOffset.MaxValue);
            }
        }
    }

    private void Apply(TradingKernel kernel, ControlEvent e)
    {
        if (e.Action == BotStore.Halt)
        {
            _manualReason = e.Reason;
            kernel.EngageKillSwitch(e.Reason ?? "operator");
        }
        else if (e.Action == BotStore.ReleaseLadder)
        {
            kernel.ReleaseLadder(e.Reason ?? "operator");
        }
        else
        {
            _manualReason = null;
            kernel.ReleaseKillSwitch("released by operator");
        }
    }
}
