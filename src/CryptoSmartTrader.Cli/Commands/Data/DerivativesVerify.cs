using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data verify --kind funding|open-interest|premium|mark|index</c>: rows, known-time bounds and gaps (reported, never filled).</summary>
internal static class DerivativesVerify
{
    internal sealed record Report(string Exchange, string Symbol, string Kind, string Interval, long Rows, DateTimeOffset? FirstKnown,
        DateTimeOffset? LastKnown, string? ExpectedSpacing, int GapCount, long Missing, IReadOnlyList<DerivativesGap> Gaps);

    public static async Task<int> RunAsync(CliContext context, SqliteMarketStore store, Exchange? venue, IReadOnlySet<Symbol>? wanted,
        DerivativesKind kind, Timeframe? timeframe, bool json)
    {
        var series = store.Derivatives.ListDerivativesSeries()
            .Where(s => s.Key.Kind == kind && (venue is null || s.Key.Exchange == venue) && (wanted is null || wanted.Contains(s.Key.Symbol))
                        && (timeframe is null || s.Key.Interval is null || s.Key.Interval == timeframe))
            .ToList();
        if (series.Count == 0)
        {
            throw new CliFailureException($"no stored {kind} series match (store {store.Path}); fetch one with: cst data download --kind ...");
        }

        var reports = series.Select(info => Analyze(store, info)).ToList();
        if (json)
        {
            await JsonOutput.WriteAsync(context.Out, reports);
            return CliApp.Success;
        }

        foreach (var r in reports)
        {
            await context.Out.WriteLineAsync(
                $"{r.Exchange} {r.Symbol} {r.Kind} {r.Interval}: {r.Rows} rows {StoreCliSupport.Iso(r.FirstKnown)} .. {StoreCliSupport.Iso(r.LastKnown)}, " +
                $"spacing {r.ExpectedSpacing ?? "-"}, {r.GapCount} gaps / {r.Missing} missing");
            foreach (var g in r.Gaps)
            {
                await context.Out.WriteLineAsync($"     - gap after {StoreCliSupport.Iso(g.After)} until {StoreCliSupport.Iso(g.Before)}: {g.Missing} missing");
            }
        }

        return CliApp.Success;
    }

    private static Report Analyze(SqliteMarketStore store, DerivativesSeriesInfo info)
    {
        var c = DerivativesCoverage.Of(store.Derivatives, info);
        var key = info.Key;
        return new Report(key.Exchange.Id, key.Symbol.ToString(), key.KindCode, key.IntervalCode, c.Rows, c.FirstKnown, c.LastKnown,
            c.ExpectedSpacing?.ToString("c", System.Globalization.CultureInfo.InvariantCulture), c.Gaps.Count, c.Missing, c.Gaps);
    }
}
