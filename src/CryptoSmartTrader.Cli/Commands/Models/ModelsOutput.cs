using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Cli.Commands.Models;

internal static class ModelsOutput
{
    public static async Task WriteMetadataAsync(CliContext context, ModelMetadata m, bool json)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(context.Out, m);
            return;
        }

        var o = context.Out;
        await o.WriteLineAsync($"model      {m.Name} ({m.State.ToString().ToLowerInvariant()}, {m.PredictorKind})");
        await o.WriteLineAsync($"features   {m.FeatureSet.Name} {m.FeatureSet.Version} ({m.FeatureSet.Columns.Count} columns)");
        await o.WriteLineAsync($"market     {m.Exchange} {m.Timeframe} {string.Join(",", m.Symbols)}");
        await o.WriteLineAsync($"trained    {m.TrainFrom:yyyy-MM-dd HH:mm} .. {m.TrainTo:yyyy-MM-dd HH:mm} UTC, created {m.CreatedAt:O}, code {m.CodeVersion}");
        if (m.CrossSection is { } xs)
        {
            await o.WriteLineAsync($"cross-sectional: ranks {string.Join(",", xs.Universe)}; target {xs.Target} over {xs.Horizon} ({xs.HorizonBars} bars), {xs.TrainRows} pooled rows");
        }

        await o.WriteLineAsync("walk-forward out-of-fold metrics:");
        await WriteMetricsTableAsync(context, m.Metrics);
    }

    public static async Task WriteMetricsTableAsync(CliContext context, IEnumerable<HorizonMetrics> metrics)
    {
        var o = context.Out;
        await o.WriteLineAsync($"{"horizon",-8}{"model",-20}{"n",9}{"auc",8}{"brier",8}{"logloss",9}{"ece",8}{"cov80",8}{"cov95",8}{"gate%",8}{"gateHit",9}");
        foreach (var r in metrics)
        {
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{r.Horizon,-8}{r.Model,-20}{r.N,9}{r.Auc,8:0.000}{r.Brier,8:0.000}{r.LogLoss,9:0.000}{r.Ece,8:0.000}{r.Coverage80,8:0.000}{r.Coverage95,8:0.000}{100 * r.GatePassShare,8:0.0}{r.GateHitRate,9:0.000}"));
        }
    }
}
