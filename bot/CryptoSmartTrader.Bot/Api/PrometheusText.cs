using System.Globalization;
using System.Text;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.State;

namespace CryptoSmartTrader.Bot.Api;

/// <summary>Renders the bot's numbers in the Prometheus text exposition format (version 0.0.4).</summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(BotStatus status, CycleTimings? cycles = null)
    {
        var o = status.Overview();
        var sb = new StringBuilder();
        Gauge(sb, "cst_equity", "Portfolio equity in the account currency", o.Equity);
        Gauge(sb, "cst_cash", "Cash in the account currency", o.Cash);
        Gauge(sb, "cst_exposure_gross", "Gross exposure in the account currency", o.GrossExposure);
        Gauge(sb, "cst_exposure_net", "Net exposure in the account currency", o.NetExposure);
        Gauge(sb, "cst_kill_switch", "1 when the kill switch is engaged", o.KillSwitch ? 1 : 0);
        Gauge(sb, "cst_trading_halted", "1 when trading is halted", o.TradingState == "Halted" ? 1 : 0);
        Counter(sb, "cst_orders_total", "Orders submitted", o.Orders);
        Counter(sb, "cst_fills_total", "Fills received", o.Fills);
        Counter(sb, "cst_rejects_total", "Orders rejected by risk or venue", o.Rejects);

        sb.Append("# HELP cst_job_duration_ms Duration of the last run of each job\n# TYPE cst_job_duration_ms gauge\n");
        foreach (var j in status.Jobs())
        {
            sb.Append(CultureInfo.InvariantCulture, $"cst_job_duration_ms{{job=\"{Escape(j.Name)}\"}} {j.LastDurationMs.ToString(CultureInfo.InvariantCulture)}\n");
        }

        sb.Append("# HELP cst_job_failures_total Failed runs of each job\n# TYPE cst_job_failures_total counter\n");
        foreach (var j in status.Jobs())
        {
            sb.Append(CultureInfo.InvariantCulture, $"cst_job_failures_total{{job=\"{Escape(j.Name)}\"}} {j.Failures}\n");
        }

        sb.Append("# HELP cst_data_staleness_seconds Seconds since the last closed candle of each symbol\n# TYPE cst_data_staleness_seconds gauge\n");
        foreach (var h in status.DataHealth())
        {
            sb.Append(CultureInfo.InvariantCulture, $"cst_data_staleness_seconds{{symbol=\"{Escape(h.Symbol)}\"}} {h.StalenessSeconds.ToString(CultureInfo.InvariantCulture)}\n");
        }

        if (cycles is not null) CycleSummary(sb, cycles);
        return sb.ToString();
    }

    // The bar-close cycle latency (the benchmark's target, p99 < 50 ms) over the retained recent cycles.
    private static void CycleSummary(StringBuilder sb, CycleTimings cycles)
    {
        var recent = cycles.Snapshot();
        if (recent.Length == 0) return;
        Array.Sort(recent);
        sb.Append("# HELP cst_cycle_duration_ms Bar close to risk-checked orders, published and committed (recent cycles)\n# TYPE cst_cycle_duration_ms summary\n");
        foreach (var q in (ReadOnlySpan<double>)[0.5, 0.9, 0.99, 1.0])
        {
            var v = recent[Math.Clamp((int)Math.Ceiling(q * recent.Length) - 1, 0, recent.Length - 1)];
            sb.Append(CultureInfo.InvariantCulture, $"cst_cycle_duration_ms{{quantile=\"{q.ToString(CultureInfo.InvariantCulture)}\"}} {v.ToString(CultureInfo.InvariantCulture)}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"cst_cycle_duration_ms_sum {recent.Sum().ToString(CultureInfo.InvariantCulture)}\ncst_cycle_duration_ms_count {recent.Length}\n");
    }

    private static void Gauge(StringBuilder sb, string name, string help, decimal value) =>
        sb.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value.ToString(CultureInfo.InvariantCulture)}\n");

    private static void Counter(StringBuilder sb, string name, string help, long value) =>
        sb.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n");

    private static string Escape(string label) => label.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
