using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// Attaches other horizons' forward returns to a dataset's rows, for predictors that learn from several horizons at
/// once (stacking). A label is NaN when its end bar is missing or closes after <c>labelsEndBy</c>, so a training
/// window's cut-off holds for every horizon, not only the dataset's own.
/// </summary>
public static class CrossHorizonLabels
{
    public static LabeledDataset Attach(LabeledDataset data, IReadOnlyList<SymbolFrame> frames, IReadOnlyList<Horizon> horizons, DateTimeOffset? labelsEndBy)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(horizons);
        var bySymbol = frames.ToDictionary(f => f.Series.Symbol);
        var missing = data.Symbols.Where(s => !bySymbol.ContainsKey(s)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"cross-horizon labels: no frame for {string.Join(", ", missing)}", nameof(frames));
        }

        var end = labelsEndBy?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        var result = new List<OtherHorizonLabels>();
        foreach (var horizon in horizons.Where(h => h != data.Horizon).Distinct())
        {
            var h = ForwardReturns.HorizonMs(horizon);
            var forward = data.Symbols.Select(s => ForwardReturns.Forward(bySymbol[s].Series, horizon)).ToArray();
            var closes = data.Symbols.Select(s => bySymbol[s].Series.CloseTimeMs.ToArray()).ToArray();
            var returns = new double[data.Count];
            for (var i = 0; i < data.Count; i++)
            {
                var s = data.SymbolIndex[i];
                var bar = Array.BinarySearch(closes[s], data.TimesMs[i]);
                returns[i] = bar >= 0 && data.TimesMs[i] + h <= end ? forward[s][bar] : double.NaN;
            }

            result.Add(new OtherHorizonLabels(horizon, returns));
        }

        return data.WithOtherHorizons(result);
    }
}
