using System.Globalization;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Data.Exchanges.Private;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// The periodic reconcile in live mode: the venue's balance and open orders next to what the kernel believes. It only
/// reports (the kernel's orders are brought up to date at each bar close); a difference is named, never corrected blindly.
/// </summary>
internal static class LiveAudit
{
    public static async Task<string> RunAsync(IExchangeAccount account, BotSession session, string orderIdPrefix, string currency, CancellationToken ct)
    {
        var balances = await account.GetBalancesAsync(ct);
        if (!balances.IsSuccess) return $"reconcile: balances could not be read: {balances.Error}";
        var venueOpen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var symbol in session.Universe.Symbols)
        {
            var open = await account.GetOpenOrdersAsync(symbol, ct);
            if (!open.IsSuccess) return $"reconcile: open {symbol} orders could not be read: {open.Error}";
            foreach (var o in open.Value.Where(o => o.ClientOrderId.StartsWith(orderIdPrefix + "-", StringComparison.Ordinal))) venueOpen.Add(o.ClientOrderId);
        }

        HashSet<string> working;
        decimal kernelCash;
        lock (session.Gate)
        {
            working = session.Kernel.OpenOrders.Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
            kernelCash = session.Kernel.Portfolio.CashOf(currency);
        }

        var venueCash = balances.Value.Where(b => string.Equals(b.Asset, currency, StringComparison.OrdinalIgnoreCase)).Sum(b => b.Total);
        var unknownToKernel = venueOpen.Except(working).ToList();
        var closedAtVenue = working.Except(venueOpen).ToList();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"reconcile with {account.Exchange}: {currency} {venueCash} at the venue, {kernelCash} in the kernel; {venueOpen.Count} of our orders open at the venue, {working.Count} working in the kernel");
        return summary +
            (unknownToKernel.Count > 0 ? $"; open at the venue but not in the kernel: {string.Join(", ", unknownToKernel.Take(10))}" : string.Empty) +
            (closedAtVenue.Count > 0 ? $"; no longer open at the venue (booked at the next bar close): {string.Join(", ", closedAtVenue.Take(10))}" : string.Empty);
    }
}
