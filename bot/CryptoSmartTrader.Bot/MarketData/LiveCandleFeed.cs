using System.Globalization;
using System.Threading.Channels;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using Polly;
using Polly.Retry;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>
/// The live feed: at each candle close (plus a settle delay) it asks the exchange for the closed candles since the last
/// one it has and pushes the bars that closed at that instant, stamped with that close, into the kernel's channel. A bar
/// that is missing or unreadable when its close is polled is a gap: reported, never filled, and the symbol is blocked from trading
/// (<see cref="GapBook"/>) until <see cref="MarketDataOptions.BarsAfterGap"/> bars have closed again.
/// </summary>
internal sealed class LiveCandleFeed(IMarketDataClient client, Timeframe timeframe, IReadOnlyList<Symbol> symbols, LiveSeriesBook book, GapBook gaps,
    MarketDataOptions options, TimeProvider time, Action<string> report)
{
    // Per symbol, the open time of the first bar not asked for yet: each bar is asked for at its close (with retries) and
    // only then, so a bar that never came is reported once and a late one is never traded.
    private readonly DateTimeOffset?[] _next = new DateTimeOffset?[symbols.Count];
    private readonly List<string> _unserved = [];

    // A poll is retried, at a fixed delay on the injected clock, until the bar that just closed is in the answer.
    private readonly ResiliencePipeline<(ExchangeResult<IReadOnlyList<Candle>> Result, bool Complete)> _poll = options.Retries < 1
        ? ResiliencePipeline<(ExchangeResult<IReadOnlyList<Candle>>, bool)>.Empty
        : new ResiliencePipelineBuilder<(ExchangeResult<IReadOnlyList<Candle>> Result, bool Complete)> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<(ExchangeResult<IReadOnlyList<Candle>> Result, bool Complete)>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && !args.Outcome.Result.Complete),
                MaxRetryAttempts = options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
            })
            .Build();

    /// <summary>Loads the last <see cref="MarketDataOptions.WarmupBars"/> closed candles of each symbol into the book.</summary>
    /// <summary>Symbols the venue said at warm-up it does not serve at all (unknown there), with its answer; empty when none.</summary>
    public IReadOnlyList<string> Unserved => _unserved;

    public async Task<IReadOnlyList<string>> WarmUpAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        var now = time.GetUtcNow();
        var since = timeframe.Floor(now) - options.WarmupBars * timeframe.Duration;
        for (var i = 0; i < symbols.Count; i++)
        {
            var r = await client.GetCandlesAsync(symbols[i], timeframe, since, null, ct);
            if (r.IsSuccess) book.Append(i, r.Value);
            else problems.Add($"warm-up of {symbols[i]}: {r.Error}");
            if (!r.IsSuccess && r.Error.Kind == ExchangeErrorKind.Unsupported) _unserved.Add($"{client.Exchange} did not serve {symbols[i]} {timeframe} candles: {r.Error}");
        }

        return problems;
    }

    /// <summary>The first close the feed waits for: the one after the newest bar it has, or the next close from now.</summary>
    public DateTimeOffset FirstClose()
    {
        var next = timeframe.CloseOf(timeframe.Floor(time.GetUtcNow()));
        var known = Enumerable.Range(0, symbols.Count).Select(book.LastOpen).Where(o => o is not null).Select(o => timeframe.CloseOf(o!.Value) + timeframe.Duration).ToList();
        return known.Count > 0 && known.Min() < next ? known.Min() : next;
    }

    /// <summary>
    /// Runs until cancelled: waits for each close, polls, writes the batch. Completes the writer when it stops. Bars that
    /// closed at or before <paramref name="catchUpTo"/> (while a restarted bot was down) are written in order despite their age.
    /// </summary>
    public async Task RunAsync(ChannelWriter<BarBatch> writer, CancellationToken ct, DateTimeOffset? catchUpTo = null)
    {
        try
        {
            for (var close = FirstClose(); !ct.IsCancellationRequested; close = timeframe.CloseOf(close))
            {
                var wait = close + options.SettleDelay - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
                var behind = time.GetUtcNow() - close;
                if (await PollAsync(close, ct) is not { } batch) continue;
                if (behind <= timeframe.Duration || close <= catchUpTo)
                {
                    await writer.WriteAsync(batch, ct);
                    continue;
                }

                // The feed fell behind (a stall, a sleeping machine): a bar a whole period old is history, not a signal.
                foreach (var (i, _) in batch.Bars) Gap(i, close, $"bar closing {Iso(close)} was read {behind.TotalMinutes:0.#} min after its close (the feed fell behind); not traded");
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>The bars that closed at <paramref name="close"/>; gaps and late bars are reported and block their symbol.</summary>
    public async Task<BarBatch?> PollAsync(DateTimeOffset close, CancellationToken ct)
    {
        var bars = new List<(int, Bar)>();
        var open = close - timeframe.Duration;
        for (var i = 0; i < symbols.Count; i++)
        {
            var since = _next[i] ?? (book.LastOpen(i) is { } last ? timeframe.CloseOf(last) : open);
            _next[i] = close;
            var symbol = symbols[i];
            var (r, _) = await _poll.ExecuteAsync(async token =>
            {
                var answer = await client.GetCandlesAsync(symbol, timeframe, since, close, token);
                return (answer, answer.IsSuccess && answer.Value.Any(c => c.OpenTime == open));
            }, ct);

            if (!r.IsSuccess)
            {
                Gap(i, close, $"no candles from {client.Exchange}: {r.Error}");
                continue;
            }

            book.Append(i, r.Value);
            var missing = Expected(since, open).Where(o => !r.Value.Any(c => c.OpenTime == o)).ToList();
            var late = r.Value.Where(c => c.OpenTime < open).ToList();
            foreach (var c in r.Value.Where(c => c.OpenTime == open && c.CloseTime == close)) bars.Add((i, Bar.FromCandle(c)));
            if (missing.Count > 0) Gap(i, close, $"missing bar{(missing.Count > 1 ? "s" : "")} opening {string.Join(", ", missing.Take(5).Select(Iso))}{(missing.Count > 5 ? $" (+{missing.Count - 5})" : "")}");
            else if (late.Count > 0) Gap(i, close, $"bar{(late.Count > 1 ? "s" : "")} opening {string.Join(", ", late.Take(5).Select(c => Iso(c.OpenTime)))} arrived after {(late.Count > 1 ? "their" : "its")} close was traded");
        }

        return bars.Count > 0 ? new BarBatch(close, bars) : null;
    }

    /// <summary>The candle of symbol <paramref name="index"/> opening at <paramref name="open"/>, as the exchange sent it.</summary>
    public Candle? CandleAt(int index, DateTimeOffset open)
    {
        var s = book[index];
        for (var k = s.Count - 1; k >= 0; k--)
        {
            if (s[k].OpenTime == open) return s[k];
            if (s[k].OpenTime < open) break;
        }

        return null;
    }

    private IEnumerable<DateTimeOffset> Expected(DateTimeOffset since, DateTimeOffset lastOpen)
    {
        for (var o = since; o <= lastOpen; o = timeframe.CloseOf(o)) yield return o;
    }

    private void Gap(int i, DateTimeOffset close, string what)
    {
        var until = close + options.BarsAfterGap * timeframe.Duration;
        var reason = $"feed gap: {client.Exchange} {symbols[i]} {timeframe}: {what}; not filled, trading blocked until {Iso(until)}";
        gaps.Block(i, close, until, reason);
        report(reason);
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
