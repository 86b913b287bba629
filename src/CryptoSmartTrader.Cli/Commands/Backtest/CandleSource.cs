using CryptoSmartTrader.Cli.Commands.Data;
using CryptoSmartTrader.Cli.Commands.Features;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// Loads the selection's candles, warm-up included: from <c>--source</c> when given, else from the store when it exists,
/// else from the shared datasets found by <see cref="DatasetLocator"/>. A missing series or an empty period is a failure
/// naming where it looked; nothing is filled in.
/// </summary>
internal static class CandleSource
{
    public static async Task<(IReadOnlyList<CandleSeries> Series, string Origin)> LoadAsync(Selection s, TimeProvider time, CancellationToken ct)
    {
        var loadFrom = s.Timeframe.IsFixed ? s.From - s.Timeframe.Duration * (s.WarmupBars + 1) : s.From.AddMonths(-(s.WarmupBars + 1));
        IReadOnlyList<CandleSeries> series;
        string origin;
        if (s.Source is null && File.Exists(s.Db))
        {
            using var store = StoreCliSupport.OpenExisting(s.Db, time);
            var list = new List<CandleSeries>();
            foreach (var symbol in s.Symbols)
            {
                list.Add(await store.LoadAsync(s.Exchange, symbol, s.Timeframe, loadFrom, s.To, ct));
            }

            (series, origin) = (list, store.Path);
        }
        else
        {
            var root = s.Source ?? DatasetLocator.Find()
                ?? throw new CliFailureException($"no candle data: store {Path.GetFullPath(s.Db)} does not exist and {DatasetLocator.NotFoundMessage()}; " +
                    "or pass --source DIR, or import data with cst data import");
            var folder = DatasetLocator.CandleFolder(root, s.Exchange, s.Timeframe);
            series = s.Symbols.Select(symbol =>
            {
                var file = SourceCandleLoader.Resolve(folder, symbol, s.Timeframe);
                return SourceCandleLoader.Load(file, s.Exchange, symbol, s.Timeframe).SliceByCloseTime(loadFrom, s.To);
            }).ToArray();
            origin = folder;
        }

        foreach (var x in series)
        {
            if (x.SliceByCloseTime(s.From, s.To).Count == 0)
            {
                throw new CliFailureException($"no {s.Exchange} {x.Symbol} {s.Timeframe} bars close in [{StoreCliSupport.Iso(s.From)}, {StoreCliSupport.Iso(s.To)}] in {origin}");
            }
        }

        return (series, origin);
    }
}
