using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>Portfolio-level state: daily loss halt, drawdown ladder, kill switch and its triggers, manual trading state.</summary>
public sealed partial class RiskEngine
{
    private const long DayMs = 86_400_000;
    private readonly sbyte[] _quality;
    private readonly Queue<DateTimeOffset> _errors = new();
    private TradingState _manualState = TradingState.Active;
    private long _day = long.MinValue;
    private double _dayStartEquity;
    private double _peak;

    public DrawdownLevel Level { get; private set; }

    public double PeakEquity => _peak;

    /// <summary>Drawdown from peak equity at the last <see cref="OnBar"/>, in [0, 1].</summary>
    public double Drawdown { get; private set; }

    public bool DailyHaltActive { get; private set; }

    public double DayStartEquity => _dayStartEquity;

    public bool KillSwitchEngaged => KillSwitchReason != ReasonCode.None;

    /// <summary>
    /// What engaged the kill switch (a KillSwitch* code), or None. It latches until <see cref="ReleaseKillSwitch"/>, except
    /// a volatility shock or correlation spike, which ends by itself (see <see cref="KillSwitchResumesAfter"/>).
    /// </summary>
    public ReasonCode KillSwitchReason { get; private set; }

    /// <summary>At Critical a live host must stop sending to the exchange and continue on paper.</summary>
    public bool PaperOnly => Level >= DrawdownLevel.Critical;

    public double KellyMultiplier => Level >= DrawdownLevel.Caution ? 0.5 : 1.0;

    public double SizeMultiplier => Level >= DrawdownLevel.Warning ? 0.5 : 1.0;

    public TradingState State =>
        KillSwitchEngaged || DailyHaltActive || _manualState == TradingState.Halted ? TradingState.Halted
        : _manualState == TradingState.Reducing || Level >= DrawdownLevel.Danger ? TradingState.Reducing
        : TradingState.Active;

    private ReasonCode HaltReason => KillSwitchEngaged ? ReasonCode.KillSwitchEngaged
        : DailyHaltActive ? ReasonCode.DailyLossLimitHalt
        : ReasonCode.TradingHalted;

    /// <summary>Folds in the equity at a bar close: UTC-day rollover, daily loss, peak, ladder level and the drawdown kill trigger.</summary>
    public void OnBar(DateTimeOffset time, double equity)
    {
        var before = State;
        var day = time.ToUnixTimeMilliseconds() / DayMs;
        if (day != _day)
        {
            if (DailyHaltActive)
            {
                DailyHaltActive = false;
                Record(time, ReasonCode.DailyReset, $"new UTC day {time:yyyy-MM-dd}: daily loss halt lifted");
            }

            _day = day;
            _dayStartEquity = equity;
        }

        if (equity > _peak) _peak = equity;
        Drawdown = _peak > 0 ? Math.Max(0, (_peak - equity) / _peak) : 0;
        StepLadder(time, equity);
        TryAutoResume(time);
        if (Drawdown >= _options.KillSwitchDrawdown) Engage(ReasonCode.KillSwitchDrawdown, time, $"drawdown {Drawdown:P2} >= {_options.KillSwitchDrawdown:P2}");

        if (!DailyHaltActive && _dayStartEquity > 0 && (_dayStartEquity - equity) / _dayStartEquity >= _options.DailyLossLimit)
        {
            DailyHaltActive = true;
            Record(time, ReasonCode.DailyLossLimitHalt,
                $"daily loss {(_dayStartEquity - equity) / _dayStartEquity:P2} >= {_options.DailyLossLimit:P2}: halted until the next UTC day");
        }

        RecordStateChange(before, time);
    }

    /// <summary>
    /// Volatility-shock trigger: |return| above k × the EWMA σ known before this bar, once the symbol is warmed up. Each
    /// call also records whether the symbol's latest return is a shock, which decides when an automatic halt may end.
    /// </summary>
    public void ObserveReturn(int symbolIndex, double simpleReturn, double previousSigma, int returnCount, DateTimeOffset time)
    {
        var k = _options.VolatilityShockSigmas;
        var shock = k > 0 && returnCount > _options.VolatilityShockWarmup && previousSigma > 0 && Math.Abs(simpleReturn) > k * previousSigma;
        SetShocked(symbolIndex, shock);
        if (shock)
        {
            Engage(ReasonCode.KillSwitchVolatilityShock, time,
                $"{_universe.SymbolOf(symbolIndex)} return {simpleReturn:P2} is {Math.Abs(simpleReturn) / previousSigma:F1} sigma");
        }
    }

    /// <summary>Correlation-spike trigger: the average pairwise return correlation across <paramref name="symbols"/> symbols.</summary>
    public void ObserveCorrelation(double averageCorrelation, int symbols, DateTimeOffset time)
    {
        var t = _options.CorrelationSpikeThreshold;
        _correlationHigh = t > 0 && symbols >= _options.CorrelationMinSymbols && averageCorrelation >= t;
        if (_correlationHigh)
        {
            Engage(ReasonCode.KillSwitchCorrelationSpike, time, $"average correlation {averageCorrelation:F3} across {symbols} symbols >= {t}");
        }
    }

    /// <summary>Data-quality-collapse trigger: records a symbol's latest verdict and trips when too many are untradable.</summary>
    public void ObserveDataQuality(int symbolIndex, bool tradable, DateTimeOffset time)
    {
        _quality[symbolIndex] = tradable ? (sbyte)1 : (sbyte)-1;
        var f = _options.DataQualityCollapseFraction;
        if (f <= 0) return;
        int known = 0, bad = 0;
        foreach (var q in _quality)
        {
            if (q != 0) known++;
            if (q < 0) bad++;
        }

        if (known >= _options.DataQualityMinSymbols && (double)bad / known >= f)
        {
            Engage(ReasonCode.KillSwitchDataQualityCollapse, time, $"{bad} of {known} symbols have untradable data");
        }
    }

    /// <summary>Repeated-system-error trigger: counts errors inside a sliding window.</summary>
    public void ReportSystemError(DateTimeOffset time, string message)
    {
        _errors.Enqueue(time);
        while (_errors.Count > 0 && _errors.Peek() <= time - _options.SystemErrorWindow) _errors.Dequeue();
        if (_options.SystemErrorLimit > 0 && _errors.Count >= _options.SystemErrorLimit)
        {
            Engage(ReasonCode.KillSwitchSystemErrors, time, $"{_errors.Count} system errors within {_options.SystemErrorWindow}; last: {message}");
        }
    }

    public void EngageKillSwitch(DateTimeOffset time, string reason) => Engage(ReasonCode.KillSwitchManual, time, reason);

    /// <summary>A person releases the kill switch (any trigger); only halts by market triggers also end by themselves after their cool-down.</summary>
    public void ReleaseKillSwitch(DateTimeOffset time, string reason)
    {
        if (!KillSwitchEngaged) return;
        var before = State;
        KillSwitchReason = ReasonCode.None;
        KillSwitchResumesAfter = null;
        _errors.Clear();
        Record(time, ReasonCode.KillSwitchReleased, reason);
        RecordStateChange(before, time);
    }

    /// <summary>Sets the manual trading state (Active, Reducing or Halted). Automatic halts still apply on top.</summary>
    public void SetTradingState(TradingState state, DateTimeOffset time)
    {
        if (!Enum.IsDefined(state)) throw new ArgumentOutOfRangeException(nameof(state), state, "risk: state must be Active, Reducing or Halted");
        var before = State;
        _manualState = state;
        RecordStateChange(before, time);
    }

    private void Engage(ReasonCode reason, DateTimeOffset time, string details)
    {
        var automatic = IsMarketTrigger(reason) && _options.MarketTriggerCooldown > TimeSpan.Zero;
        if (KillSwitchEngaged)
        {
            // A latching trigger turns an automatic halt into one that needs a person; otherwise the first reason stands.
            if (KillSwitchResumesAfter is null || automatic) return;
            KillSwitchReason = reason;
            KillSwitchResumesAfter = null;
            Record(time, reason, details + "; replaces the automatic halt: a manual release is needed");
            return;
        }

        var before = State;
        KillSwitchReason = reason;
        KillSwitchResumesAfter = automatic ? time + _options.MarketTriggerCooldown : null;
        Record(time, reason, automatic
            ? $"{details}; halted, resumes by itself at the first bar close after {KillSwitchResumesAfter:yyyy-MM-dd'T'HH:mm'Z'} where the condition has cleared"
            : details);
        RecordStateChange(before, time);
    }

    private void RecordStateChange(TradingState before, DateTimeOffset time)
    {
        var after = State;
        if (after != before) Record(time, ReasonCode.TradingStateChanged, $"{before} -> {after}");
    }
}
