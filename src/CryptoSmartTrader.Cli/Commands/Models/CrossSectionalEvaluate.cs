using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Research.CrossSection;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>
/// <c>cst evaluate --cross-sectional</c>: ranks the universe bar by bar and scores the ranking out of sample (IC, rank IC,
/// ICIR, t-stat on non-overlapping bars, by year; quintile spreads; top-k books after costs with their Deflated Sharpe)
/// for model kinds fitted walk-forward over the window and for momentum, reversal and random baselines.
/// </summary>
internal sealed class CrossSectionalEvaluate
{
    public Option<bool> Enabled { get; } = new("--cross-sectional") { Description = "Rank the universe (--symbols) per bar instead of scoring a stored model: IC, rank IC, quintile spreads and top-k books after costs, next to momentum, reversal and random baselines" };
    public Option<string> Horizons { get; } = new("--horizons") { Description = "Cross-sectional: horizons (default 1h,24h,7d,30d)", DefaultValueFactory = _ => "1h,24h,7d,30d" };
    public Option<string> Kinds { get; } = new("--model-type") { Description = "Cross-sectional: model kinds fitted walk-forward, comma-separated (default linear; none for baselines only)", DefaultValueFactory = _ => "linear" };
    public Option<DateTimeOffset?> HistoryFrom { get; } = CommonOptions.Time("--history-from", "Cross-sectional: first candle loaded for training and warm-up (default: all)");
    public Option<int> TopK { get; } = new("--top-k") { Description = "Cross-sectional: names per side of the book (default 3)", DefaultValueFactory = _ => 3 };
    public Option<int> HoldBand { get; } = new("--hold-band") { Description = "Cross-sectional: a held name stays while ranked within top-k + band (default 1)", DefaultValueFactory = _ => 1 };
    public Option<double> Fee { get; } = new("--fee") { Description = "Cross-sectional: fee per unit traded (default 0.001)", DefaultValueFactory = _ => 0.001 };
    public Option<double> Slippage { get; } = new("--slippage") { Description = "Cross-sectional: slippage per unit traded (default 0.0005)", DefaultValueFactory = _ => 0.0005 };
    public Option<int> Folds { get; } = new("--folds") { Description = "Cross-sectional: walk-forward blocks over the window (default 4)", DefaultValueFactory = _ => 4 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Cross-sectional: seed of the models and the random baseline (default 1)", DefaultValueFactory = _ => 1 };
    public Option<string> Timeframe { get; } = ModelsCliSupport.Timeframe();
    public Option<string> Target { get; } = new("--target") { Description = "Cross-sectional: what the models learn: rank (default), demeaned, or beta (forward return minus BTC beta × BTC's)", DefaultValueFactory = _ => "rank" };

    public Option<bool> VolScaled { get; } = new("--vol-scaled") { Description = "Cross-sectional: weight each side's names by 1 / 7d volatility instead of equally" };

    public IEnumerable<Option> All => [Enabled, Horizons, Kinds, HistoryFrom, TopK, HoldBand, Fee, Slippage, Folds, Seed, Timeframe, Target, VolScaled];

    public async Task<int> RunAsync(ParseResult parse, string exchange, string? symbols, DateTimeOffset? from, DateTimeOffset? to, string db, string? source, bool json,
        CliContext context, CancellationToken ct)
    {
        if (symbols is null) throw new CliUsageException("--symbols: --cross-sectional needs the universe, e.g. BTC/USDT,ETH/USDT,SOL/USDT,BNB/USDT");
        if (from is null || to is null) throw new CliUsageException("--from/--to: --cross-sectional needs the evaluation window");
        if (to <= from) throw new CliUsageException($"--to {to:O} must be after --from {from:O}");
        var syms = ModelsCliSupport.ParseSymbols(symbols);
        if (syms.Count < 4) throw new CliUsageException($"--symbols: a cross-section needs at least 4 symbols, got {syms.Count}");
        var topK = parse.GetValue(TopK);
        if (topK < 1) throw new CliUsageException($"--top-k: expected >= 1, got {topK}");
        if (parse.GetValue(HoldBand) < 0) throw new CliUsageException($"--hold-band: expected >= 0, got {parse.GetValue(HoldBand)}");
        if (parse.GetValue(Folds) < 1) throw new CliUsageException($"--folds: expected >= 1, got {parse.GetValue(Folds)}");
        if (!(parse.GetValue(Fee) >= 0) || !(parse.GetValue(Slippage) >= 0)) throw new CliUsageException("--fee/--slippage: expected rates >= 0 such as 0.001");
        var target = parse.GetValue(Target)!.Trim().ToLowerInvariant() switch
        {
            "rank" => CrossSectionalTargetKind.Rank,
            "demeaned" => CrossSectionalTargetKind.Demeaned,
            "beta" => CrossSectionalTargetKind.BetaAdjusted,
            var other => throw new CliUsageException($"--target: expected rank, demeaned or beta, got '{other}'"),
        };
        CryptoSmartTrader.Models.Torch.Predictors.TorchPredictors.RegisterLoaders();
        var kinds = parse.GetValue(Kinds)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(k => !k.Equals("none", StringComparison.OrdinalIgnoreCase)).ToArray();
        foreach (var k in kinds)
        {
            if (ModelKinds.Find(k, out var kindError) is null) throw new CliUsageException($"--model-type: {kindError}");
        }

        var tf = ModelsCliSupport.ParseTimeframe(parse.GetValue(Timeframe)!);
        var ex = ModelsCliSupport.ParseExchange(exchange);
        var series = ModelsCliSupport.LoadCandles(ex, syms, tf, parse.GetValue(HistoryFrom), to, db, source, context);
        if (!series.Any(s => string.Equals(s.Symbol.Base, "BTC", StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliUsageException("--symbols: the universe must hold BTC (beta and residual momentum are measured against it)");
        }

        var report = CrossSectionalStudy.Run(series, new CrossSectionalStudyOptions
        {
            Horizons = ModelsCliSupport.ParseHorizons(parse.GetValue(Horizons)!),
            ModelKinds = kinds,
            TrainTarget = target,
            VolatilityScaled = parse.GetValue(VolScaled),
            EvaluateFrom = from.Value,
            EvaluateTo = to.Value,
            TopK = topK,
            HoldBand = parse.GetValue(HoldBand),
            FeeRate = parse.GetValue(Fee),
            SlippageRate = parse.GetValue(Slippage),
            Folds = parse.GetValue(Folds),
            Seed = parse.GetValue(Seed),
        }, ct);
        foreach (var h in report.Horizons)
        {
            foreach (var s in h.Scorers.Where(s => s.Error is not null)) await context.Error.WriteLineAsync($"warning: {h.Horizon}: {s.Name}: {s.Error}");
        }

        if (json)
        {
            await JsonOutput.WriteAsync(context.Out, new
            {
                crossSectional = true, target = report.Options.TrainTarget.ToString(), volatilityScaled = report.Options.VolatilityScaled, symbols = report.Symbols, from = report.EvaluateFrom, to = report.EvaluateTo, trials = report.Trials,
                topK, holdBand = report.Options.HoldBand, fee = report.Options.FeeRate, slippage = report.Options.SlippageRate,
                rows = CrossSectionalSummary.Rows(report), years = CrossSectionalSummary.YearRows(report),
            });
        }
        else
        {
            await context.Out.WriteLineAsync(CrossSectionalSummary.Table(report).ToText());
            await context.Out.WriteLineAsync(CrossSectionalSummary.YearTable(report).ToText());
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"t (indep.) uses one bar per horizon (non-overlapping labels); DSR deflates each book's Sharpe by the {report.Trials} books tried."));
        }

        return 0;
    }
}
