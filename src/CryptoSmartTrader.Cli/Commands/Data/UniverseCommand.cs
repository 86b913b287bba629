using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data universe</c>: the venue's tradable pairs in one quote asset, ranked by 24h quote volume.</summary>
internal static class UniverseCommand
{
    public static Command Create(CliContext context)
    {
        var exchange = new Option<string>("--exchange") { Description = "kraken, binance, kucoin or htx", Required = true };
        var quote = new Option<string>("--quote") { Description = "Quote asset", DefaultValueFactory = _ => "USDT" };
        var minVolume = new Option<decimal>("--min-volume") { Description = "Minimum 24h volume in the quote asset", DefaultValueFactory = _ => 0m };
        var limit = new Option<int?>("--limit") { Description = "Show only the top N" };
        var baseUrl = CommonOptions.BaseUrl();
        var json = CommonOptions.Json();
        var command = new Command("universe",
            "List tradable symbols of an exchange in one quote asset, ranked by 24h quote volume.\n\nExample:\n" +
            "  cst data universe --exchange binance --quote USDT --min-volume 10000000")
        {
            exchange, quote, minVolume, limit, baseUrl, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var venue = ExchangeCliSupport.ParseExchange(parse.GetValue(exchange)!);
            var q = Core.Markets.AssetCode.TryNormalize(parse.GetValue(quote), out var n) ? n
                : throw new CliUsageException($"--quote: expected an asset code such as USDT, got '{parse.GetValue(quote)}'");
            var min = parse.GetValue(minVolume);
            if (min < 0)
            {
                throw new CliUsageException($"--min-volume: expected a number >= 0, got {min}");
            }

            var client = ExchangeCliSupport.CreateClient(venue, parse.GetValue(baseUrl), context.Time);
            var markets = await client.GetMarketsAsync(ct);
            if (!markets.IsSuccess)
            {
                throw ExchangeCliSupport.Failure(markets.Error);
            }

            var tickers = await client.GetTickersAsync(ct);
            if (!tickers.IsSuccess)
            {
                throw ExchangeCliSupport.Failure(tickers.Error);
            }

            var tradable = markets.Value.Where(m => m.Status == MarketStatus.Trading && m.Symbol.Quote == q)
                .GroupBy(m => m.Symbol).ToDictionary(g => g.Key, g => g.First());
            var ranked = tickers.Value
                .Where(t => tradable.ContainsKey(t.Symbol) && t.QuoteVolume >= min)
                .OrderByDescending(t => t.QuoteVolume).ThenBy(t => t.Symbol.ToString(), StringComparer.Ordinal)
                .Take(parse.GetValue(limit) ?? int.MaxValue)
                .Select((t, i) => new UniverseEntry(i + 1, t.Symbol.ToString(), tradable[t.Symbol].NativeId, t.QuoteVolume, t.BaseVolume, t.Last))
                .ToList();

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new { exchange = venue.Id, quote = q, minVolume = min, symbols = ranked });
            }
            else
            {
                await context.Out.WriteLineAsync($"{venue} {q} universe: {ranked.Count} tradable symbols with 24h quote volume >= {min}");
                foreach (var e in ranked)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{e.Rank,4}  {e.Symbol,-14} {e.QuoteVolume,22:N2} {q}"));
                }
            }

            return CliApp.Success;
        });
        return command;
    }
}
