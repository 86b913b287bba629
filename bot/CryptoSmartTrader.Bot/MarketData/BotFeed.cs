using System.Threading.Channels;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Jobs;
using CryptoSmartTrader.Core.Markets;
using Quartz;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>A closed-bar batch waiting for the trading cycle, with the live candles behind it (paper/shadow on live data).</summary>
internal sealed record CycleBatch(BarBatch Batch, IReadOnlyList<(int Symbol, Candle Candle)>? LiveBars = null);

/// <summary>
/// The bot's market-data feed: a producer (the replayed dataset, paced, or the live candle feed) queues each bar close
/// and fires the Quartz trading-cycle job, which takes the queued batches and trades them. The queue is bounded, so a
/// slow cycle holds the producer back instead of dropping bars. Owns the queue and the feed's one-line outcome.
/// </summary>
internal sealed class BotFeed(ISchedulerFactory schedulers)
{
    private volatile Channel<CycleBatch> _queue = NewQueue();

    private int _signalled;
    private int _announced;
    private volatile string _outcome = "not started";

    /// <summary>What the feed is doing, in words (the market-data-sync job's outcome).</summary>
    public string Outcome
    {
        get => _outcome;
        set => _outcome = value;
    }

    /// <summary>Cluster mode: runs the trading cycle on this node (the lease holder) instead of firing the clustered Quartz
    /// job, which any node could pick up. Null on a single node.</summary>
    public Func<Task>? LocalCycle { get; set; }

    /// <summary>Set when the producer has written its last batch (replay at the end of the dataset).</summary>
    public string? FinishedMessage { get; private set; }

    /// <summary>
    /// Replays <paramref name="series"/> one close at a time: bars up to <paramref name="fastUntil"/> (steps already
    /// committed, re-run by recovery) without waiting, later ones at <paramref name="barsPerSecond"/> (null: as fast as the cycle takes them).
    /// </summary>
    public async Task ReplayAsync(IReadOnlyList<CandleSeries> series, DateTimeOffset? fastUntil, double? barsPerSecond, string finished, CancellationToken ct)
    {
        var source = new ChannelBarFeed(256);
        var producer = source.ReplayAsync(series, null, ct);
        var delay = barsPerSecond is { } s ? TimeSpan.FromSeconds(1 / s) : TimeSpan.Zero;
        await foreach (var batch in source.Reader.ReadAllAsync(ct))
        {
            await EnqueueAsync(new CycleBatch(batch), ct);
            if (delay > TimeSpan.Zero && !(batch.CloseTime <= fastUntil)) await Task.Delay(delay, ct);
        }

        await producer;
        Complete(finished);
    }

    /// <summary>Runs the live candle feed until cancelled; <paramref name="journal"/> pairs each batch with its candles (paper/shadow stores them).</summary>
    public async Task LiveAsync(LiveCandleFeed feed, bool journal, DateTimeOffset? catchUpTo, CancellationToken ct)
    {
        var source = new ChannelBarFeed(4);
        var producer = feed.RunAsync(source.Writer, ct, catchUpTo);
        await foreach (var batch in source.Reader.ReadAllAsync(ct))
        {
            await EnqueueAsync(new CycleBatch(batch, journal ? Candles(feed, batch) : null), ct);
        }

        await producer;
        Complete("live feed stopped");
    }

    /// <summary>Cluster mode, after this node lost the lease (its producer stopped, its cycle idle): an empty, open queue
    /// for the run it builds when it wins the lease again.</summary>
    public void Reset()
    {
        _queue = NewQueue();
        FinishedMessage = null;
        LocalCycle = null;
        Volatile.Write(ref _signalled, 0);
        Volatile.Write(ref _announced, 0);
    }

    /// <summary>Called by the trading cycle before it drains, so a batch queued from now on fires the job again.</summary>
    public void BeginDrain() => Volatile.Write(ref _signalled, 0);

    public bool TryTake(out CycleBatch batch) => _queue.Reader.TryRead(out batch!);

    /// <summary>True exactly once: when the producer has finished and every batch has been taken.</summary>
    public bool DrainedToEnd() => _queue.Reader.Completion.IsCompleted && Interlocked.Exchange(ref _announced, 1) == 0;

    private async Task EnqueueAsync(CycleBatch batch, CancellationToken ct)
    {
        await _queue.Writer.WriteAsync(batch, ct);
        await SignalAsync(ct);
    }

    private void Complete(string finished)
    {
        FinishedMessage = finished;
        _queue.Writer.TryComplete();
        _ = SignalAsync(CancellationToken.None);
    }

    // One pending firing is enough: the job takes everything queued, and BeginDrain re-arms the signal before it starts.
    private async Task SignalAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 1) return;
        if (LocalCycle is { } local)
        {
            _ = Task.Run(local, CancellationToken.None);
            return;
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.TriggerJob(new JobKey(TradingCycleJob.JobName), ct);
        }
        catch (SchedulerException ex)
        {
            // Shutting down: the batch stays queued and is not traded; the next start re-runs from the store's cursor.
            Volatile.Write(ref _signalled, 0);
            Outcome = $"trading cycle could not be fired: {ex.Message}";
        }
    }

    private static Channel<CycleBatch> NewQueue() => Channel.CreateBounded<CycleBatch>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private static List<(int, Candle)> Candles(LiveCandleFeed feed, BarBatch batch) =>
        batch.Bars.Select(b => (b.Symbol, feed.CandleAt(b.Symbol, DateTimeOffset.FromUnixTimeMilliseconds(b.Bar.OpenTimeMs))))
            .Where(x => x.Item2 is not null).Select(x => (x.Symbol, x.Item2!.Value)).ToList();
}
