using System.Text;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.State;

namespace CryptoSmartTrader.Bot.Tests.Metrics;

public sealed class BotMetricsTests
{
    private static async Task<string> Scrape(BotStatus status)
    {
        using var stream = new MemoryStream();
        await status.Metrics.ExportAsync(status, stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task Cycle_latencies_land_in_histogram_buckets()
    {
        var status = new BotStatus(new BotOptions(), TimeProvider.System);
        status.Metrics.ObserveCycle(TimeSpan.FromMilliseconds(0.7));
        status.Metrics.ObserveCycle(TimeSpan.FromMilliseconds(20));
        status.Metrics.ObserveCycle(TimeSpan.FromMilliseconds(90));

        var text = await Scrape(status);
        Assert.Contains("# TYPE cst_cycle_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("cst_cycle_duration_seconds_bucket{le=\"0.0005\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_cycle_duration_seconds_bucket{le=\"0.001\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_cycle_duration_seconds_bucket{le=\"0.032\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_cycle_duration_seconds_bucket{le=\"+Inf\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_cycle_duration_seconds_count 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recorded_job_runs_feed_the_job_histogram_and_failure_counter()
    {
        var status = new BotStatus(new BotOptions(), TimeProvider.System);
        var now = DateTimeOffset.UnixEpoch;
        status.RecordJob("heartbeat", now, null, ok: true, "ok", 3);
        status.RecordJob("heartbeat", now, null, ok: false, "failed: boom", 300);
        status.RecordJob("retrain", now, null, ok: true, "ok", 2_000);

        var text = await Scrape(status);
        Assert.Contains("cst_job_duration_seconds_count{job=\"heartbeat\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_job_duration_seconds_bucket{job=\"heartbeat\",le=\"0.004\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_job_duration_seconds_count{job=\"retrain\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_job_failures_total{job=\"heartbeat\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_job_failures_total{job=\"retrain\"} 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_follow_the_status_between_scrapes_and_each_bot_has_its_own_series()
    {
        var status = new BotStatus(new BotOptions(), TimeProvider.System);
        var other = new BotStatus(new BotOptions(), TimeProvider.System);
        status.CountOrder(rejected: false);
        Assert.Contains("cst_orders_total 1\n", await Scrape(status), StringComparison.Ordinal);
        status.CountOrder(rejected: true);
        status.CountFill();

        var text = await Scrape(status);
        Assert.Contains("cst_orders_total 2\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_rejects_total 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_fills_total 1\n", text, StringComparison.Ordinal);
        Assert.Contains("cst_orders_total 0\n", await Scrape(other), StringComparison.Ordinal);
    }
}
