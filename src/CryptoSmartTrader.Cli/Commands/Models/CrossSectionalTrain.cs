using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Kinds;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary>
/// <c>cst train --cross-sectional</c>: fits one model kind on the pooled <c>xsection</c> rows of the universe
/// (<see cref="CrossSectionalModelTrainer"/>, the walk-forward study's fitting) for one horizon and registers it; the
/// metadata records the universe, target, horizon and factor windows, which an <c>xs-model</c> strategy package trades.
/// </summary>
internal sealed class CrossSectionalTrain
{
    public Option<bool> Enabled { get; } = new("--cross-sectional") { Description = "Train a cross-sectional ranking model on the universe (--symbols, >= 4, with BTC): xsection features, one horizon, registered for alpha.kind xs-model" };
    public Option<string> Target { get; } = new("--target") { Description = "Cross-sectional: what the model learns: rank (default), demeaned, or beta", DefaultValueFactory = _ => "rank" };

    public IEnumerable<Option> All => [Enabled, Target];

    public static CrossSectionalTargetKind ParseTarget(string value) => value.Trim().ToLowerInvariant() switch
    {
        "rank" => CrossSectionalTargetKind.Rank,
        "demeaned" => CrossSectionalTargetKind.Demeaned,
        "beta" => CrossSectionalTargetKind.BetaAdjusted,
        var other => throw new CliUsageException($"--target: expected rank, demeaned or beta, got '{other}'"),
    };

    public async Task<int> RunAsync(ParseResult parse, TrainInputs input, CliContext context, CancellationToken ct)
    {
        if (input.Symbols.Count < 4) throw new CliUsageException($"--symbols: a cross-section needs at least 4 symbols, got {input.Symbols.Count}");
        if (!input.Symbols.Any(s => string.Equals(s.Base, "BTC", StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliUsageException("--symbols: the universe must hold BTC (beta and residual momentum are measured against it)");
        }

        if (input.From is null || input.To is null) throw new CliUsageException("--from/--to: --cross-sectional needs the training window");
        if (input.Horizons.Count != 1) throw new CliUsageException($"--horizon: a cross-sectional model learns one horizon, got {string.Join(",", input.Horizons)} (e.g. --horizon 24h)");
        if (!input.Timeframe.IsFixed) throw new CliUsageException($"--timeframe: {input.Timeframe} has no fixed step; use 1m .. 1w");
        if (ModelKinds.Find(input.Kind, out var kindError) is null) throw new CliUsageException($"--model-type: {kindError}");
        var target = ParseTarget(parse.GetValue(Target)!);
        var stride = 24;
        if (input.Stride is { } st) stride = Math.Max(1, (int)(st / input.Timeframe.Duration));
        var registry = ModelsCliSupport.Registry(input.ModelsDir, context);
        if (registry.Show(input.Name) is { Ok: true }) throw new CliFailureException($"model '{input.Name}' already exists in {registry.Root}; choose another name");
        // Members need 720 bars of their own history before the first sample: load the warm-up before --from.
        var series = ModelsCliSupport.LoadCandles(input.Exchange, input.Symbols, input.Timeframe, input.From - ModelsCliSupport.WarmUp, input.To, input.Db, input.Source, context);
        await context.Error.WriteLineAsync($"training {input.Kind} on the xsection rows of {series.Count} symbols ({input.Horizons[0]}, target {target})");
        var trained = CrossSectionalModelTrainer.Train(series, new CrossSectionalTrainingRequest
        {
            Name = input.Name, Kind = input.Kind, Horizon = input.Horizons[0], Target = target, TrainFrom = input.From.Value, TrainTo = input.To.Value,
            Seed = input.Seed, TrainStrideBars = stride,
        }, context.Time, ct);
        if (!trained.Ok) throw new CliFailureException(trained.Error!);
        using var bundle = trained.Value!;
        var saved = registry.Save(bundle);
        if (!saved.Ok) throw new CliFailureException(saved.Error!);
        var m = saved.Value!;
        if (input.Json)
        {
            await JsonOutput.WriteAsync(context.Out, m);
            return 0;
        }

        var info = m.CrossSection!;
        await context.Out.WriteLineAsync($"model      {m.Name} ({m.State.ToString().ToLowerInvariant()}, {m.PredictorKind}, cross-sectional)");
        await context.Out.WriteLineAsync($"features   {m.FeatureSet.Name} {m.FeatureSet.Version} ({m.FeatureSet.Columns.Count} columns)");
        await context.Out.WriteLineAsync($"universe   {m.Exchange} {m.Timeframe} {string.Join(",", info.Universe)}");
        await context.Out.WriteLineAsync($"target     {info.Target} over {info.Horizon} ({info.HorizonBars} bars), {info.TrainRows} pooled rows, one bar per {info.TrainStrideBars}");
        await context.Out.WriteLineAsync($"trained    {m.TrainFrom:yyyy-MM-dd HH:mm} .. {m.TrainTo:yyyy-MM-dd HH:mm} UTC, version {m.CreatedAt.ToUnixTimeMilliseconds()}");
        return 0;
    }

    /// <summary>The parsed options of <c>cst models train</c> that a cross-sectional run reads.</summary>
    internal sealed record TrainInputs(CryptoSmartTrader.Core.Markets.Exchange Exchange, IReadOnlyList<CryptoSmartTrader.Core.Markets.Symbol> Symbols,
        CryptoSmartTrader.Core.Markets.Timeframe Timeframe, IReadOnlyList<Horizon> Horizons, DateTimeOffset? From, DateTimeOffset? To, string Name, string Kind,
        int Seed, TimeSpan? Stride, string ModelsDir, string Db, string? Source, bool Json);
}
