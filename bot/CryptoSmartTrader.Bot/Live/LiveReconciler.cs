using System.Globalization;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// Start-up reconciliation with the venue before the first cycle: balances are read (the kernel starts from the venue's
/// cash), every stored order without a final answer is looked up by client order id (never resent): a working one is
/// canceled (a fresh kernel does not own it), its fills are stored, and one the venue does not know is marked never placed
/// once the grace period has passed. Open orders that are not ours are left alone and reported.
/// </summary>
internal sealed class LiveReconciler(IExchangeAccount account, BotStore store, LiveOptions options, TimeProvider time)
{
    public async Task<LiveReconciliation> RunAsync(IReadOnlyList<Symbol> symbols, string accountCurrency, CancellationToken ct)
    {
        var balances = await account.GetBalancesAsync(ct);
        if (!balances.IsSuccess) return new(false, 0, [], $"balances could not be read: {balances.Error}");
        var now = time.GetUtcNow();
        int canceled = 0, notPlaced = 0, settled = 0;
        var waiting = new List<string>();
        foreach (var o in store.Orders().Where(o => BotStore.Unsettled.Contains(o.Status)))
        {
            if (!Symbol.TryParse(o.Symbol, out var symbol, out _)) continue;
            var found = await account.GetOrderAsync(symbol, o.ClientOrderId, ct);
            if (!found.IsSuccess)
            {
                var age = now - DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedMs);
                if (found.Error.Kind == ExchangeErrorKind.UnknownOrder && age > options.UnknownOrderGrace)
                {
                    store.MarkOrder(o.ClientOrderId, "NotPlaced", o.Filled, null, "not found at the venue at start-up: never placed (not resent)", now);
                    notPlaced++;
                }
                else
                {
                    waiting.Add($"{o.ClientOrderId} ({found.Error.Kind})");
                }

                continue;
            }

            var snapshot = found.Value;
            if (!snapshot.Status.IsTerminal())
            {
                var cancel = await account.CancelOrderAsync(symbol, o.ClientOrderId, ct);
                if (!cancel.IsSuccess)
                {
                    waiting.Add($"{o.ClientOrderId} (cancel: {cancel.Error.Kind})");
                    continue;
                }

                snapshot = cancel.Value;
                canceled++;
            }
            else
            {
                settled++;
            }

            await StoreFillsAsync(o, symbol, snapshot, ct);
            store.MarkOrder(o.ClientOrderId, snapshot.Status.ToString(), snapshot.FilledQuantity, snapshot.VenueOrderId, "reconciled at start-up", now);
        }

        var foreign = await CountForeignAsync(symbols, ct);
        var cash = balances.Value.Where(b => string.Equals(b.Asset, accountCurrency, StringComparison.OrdinalIgnoreCase)).Sum(b => b.Total);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"reconciled with {account.Exchange}: {balances.Value.Count} balances ({accountCurrency} {cash}), {canceled} stored orders canceled, {settled} already final, " +
            $"{notPlaced} never placed, {foreign} open orders not placed by this bot left alone");
        return waiting.Count == 0
            ? new(true, cash, balances.Value, summary)
            : new(false, cash, balances.Value, $"{summary}; waiting for the venue to settle {string.Join(", ", waiting)}");
    }

    private async Task StoreFillsAsync(Persistence.PersistedOrder o, Symbol symbol, OrderSnapshot snapshot, CancellationToken ct)
    {
        if (snapshot.FilledQuantity <= o.Filled) return;
        var stored = store.Fills().Where(f => f.ClientOrderId == o.ClientOrderId).ToList();
        var since = DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedMs) - options.TradeLookback;
        var trades = await account.GetTradesAsync(symbol, since, ct);
        if (!trades.IsSuccess) return;
        // Fills already stored were booked in the venue's time order, so only the later trades are new.
        var seq = stored.Count;
        foreach (var t in trades.Value.Where(t => t.VenueOrderId == snapshot.VenueOrderId || t.ClientOrderId == o.ClientOrderId).OrderBy(t => t.Time).Skip(stored.Count))
        {
            store.InsertFill(t.ToFill(o.ClientOrderId), ++seq);
        }
    }

    private async Task<int> CountForeignAsync(IReadOnlyList<Symbol> symbols, CancellationToken ct)
    {
        var ours = store.Orders().Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        var foreign = 0;
        foreach (var s in symbols)
        {
            var open = await account.GetOpenOrdersAsync(s, ct);
            if (open.IsSuccess) foreign += open.Value.Count(o => !ours.Contains(o.ClientOrderId));
        }

        return foreign;
    }
}
