using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Replay;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Bot.Strategies;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// One started run of the bot: the kernel session, its store and what it trades. Built once at start-up and never
/// changed, so every component reads the same run without a lock; the session's own state is guarded by its gate.
/// </summary>
/// <param name="LiveBars">Paper/shadow on live data: where each consumed live candle is written before its step commits.</param>
/// <param name="Venue">Live mode's exchange venue (its problems are logged after each cycle); null otherwise.</param>
/// <param name="Window">A <c>--from/--until</c> replay: written as a backtest result when the last bar is traded; null otherwise.</param>
internal sealed record BotRun(BotMode Mode, Strategy Strategy, BotSession Session, BotStore Store, LiveBarJournal? LiveBars = null, LiveVenue? Venue = null,
    ReplayWindow? Window = null, IReadOnlyList<CandleSeries>? Series = null);
