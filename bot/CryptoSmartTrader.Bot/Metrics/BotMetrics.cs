using CryptoSmartTrader.Bot.State;
using Prometheus;

namespace CryptoSmartTrader.Bot.Metrics;

/// <summary>
/// The bot's Prometheus metrics through prometheus-net, in a registry of its own (several bots in one test process
/// must not share series). Latencies are real histograms, observed as they happen: call <see cref="ObserveCycle"/>
/// after each bar-close cycle and <see cref="ObserveJob"/> after each job run. Levels and totals are read from
/// <see cref="BotStatus"/> when scraped.
/// </summary>
internal sealed class BotMetrics
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly Histogram _cycle;
    private readonly Histogram _job;
    private readonly Counter _jobFailures;
    private readonly Gauge _equity;
    private readonly Gauge _cash;
    private readonly Gauge _gross;
    private readonly Gauge _net;
    private readonly Gauge _killSwitch;
    private readonly Gauge _halted;
    private readonly Counter _orders;
    private readonly Counter _fills;
    private readonly Counter _rejects;
    private readonly Gauge _staleness;

    public BotMetrics()
    {
        var f = Prometheus.Metrics.WithCustomRegistry(_registry);
        // 0.5 ms .. 4 s: the bar-close target is p99 < 50 ms, so the buckets are finest there.
        _cycle = f.CreateHistogram("cst_cycle_duration_seconds", "Bar close to risk-checked orders, published and committed",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14) });
        _job = f.CreateHistogram("cst_job_duration_seconds", "Duration of each job run",
            new HistogramConfiguration { LabelNames = ["job"], Buckets = Histogram.ExponentialBuckets(0.001, 4, 10) });
        _jobFailures = f.CreateCounter("cst_job_failures_total", "Failed runs of each job", "job");
        _equity = f.CreateGauge("cst_equity", "Portfolio equity in the account currency");
        _cash = f.CreateGauge("cst_cash", "Cash in the account currency");
        _gross = f.CreateGauge("cst_exposure_gross", "Gross exposure in the account currency");
        _net = f.CreateGauge("cst_exposure_net", "Net exposure in the account currency");
        _killSwitch = f.CreateGauge("cst_kill_switch", "1 when the kill switch is engaged");
        _halted = f.CreateGauge("cst_trading_halted", "1 when trading is halted");
        _orders = f.CreateCounter("cst_orders_total", "Orders submitted");
        _fills = f.CreateCounter("cst_fills_total", "Fills received");
        _rejects = f.CreateCounter("cst_rejects_total", "Orders rejected by risk or venue");
        _staleness = f.CreateGauge("cst_data_staleness_seconds", "Seconds since the last closed candle of each symbol", "symbol");
    }

    public void ObserveCycle(TimeSpan elapsed) => _cycle.Observe(elapsed.TotalSeconds);

    public void ObserveJob(string job, TimeSpan elapsed, bool ok)
    {
        _job.WithLabels(job).Observe(elapsed.TotalSeconds);
        var failures = _jobFailures.WithLabels(job);
        if (!ok)
        {
            failures.Inc();
        }
    }

    /// <summary>Writes every series in the Prometheus text format, with levels and totals read from <paramref name="status"/> now.</summary>
    public Task ExportAsync(BotStatus status, Stream output, CancellationToken cancellationToken)
    {
        var o = status.Overview();
        _equity.Set((double)o.Equity);
        _cash.Set((double)o.Cash);
        _gross.Set((double)o.GrossExposure);
        _net.Set((double)o.NetExposure);
        _killSwitch.Set(o.KillSwitch ? 1 : 0);
        _halted.Set(o.TradingState == "Halted" ? 1 : 0);
        _orders.IncTo(o.Orders);
        _fills.IncTo(o.Fills);
        _rejects.IncTo(o.Rejects);
        foreach (var h in status.DataHealth())
        {
            _staleness.WithLabels(h.Symbol).Set(h.StalenessSeconds);
        }

        return _registry.CollectAndExportAsTextAsync(output, cancellationToken);
    }
}
