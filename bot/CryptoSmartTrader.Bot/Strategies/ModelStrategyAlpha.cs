using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// One or more promoted models as the kernel's alpha: each model predicts its own symbols at every bar close from the
/// bars seen so far (<see cref="StreamingModelAlpha"/>, point-in-time). A bar closing at or before the model's last
/// training sample gets no view, so the bot never trades on an in-sample prediction, whatever the data it replays.
/// </summary>
internal sealed class ModelStrategyAlpha : IAlphaModel
{
    private readonly Lane[] _lanes;
    private readonly Prediction?[] _latest;
    private readonly string?[] _modelOf;

    public ModelStrategyAlpha(IReadOnlyList<ModelLane> models, TradingUniverse universe)
    {
        _latest = new Prediction?[universe.Count];
        _modelOf = new string?[universe.Count];
        var lanes = new List<Lane>();
        foreach (var model in models)
        {
            var map = Enumerable.Range(0, universe.Count).Where(i => _modelOf[i] is null && model.Symbols.Contains(universe.SymbolOf(i))).ToArray();
            if (map.Length == 0) continue;
            var sub = new TradingUniverse();
            foreach (var i in map)
            {
                sub.Add(universe.ExchangeOf(i), universe.SymbolOf(i), universe.TimeframeOf(i));
                _modelOf[i] = model.Source.AlphaName;
            }

            lanes.Add(new Lane(model, model.Source.CreateAlpha(sub), new BarCloseContext(sub), map, new AlphaInsight[map.Length], model.TrainTo.ToUnixTimeMilliseconds()));
        }

        _lanes = [.. lanes];
        Name = string.Join("+", _lanes.Select(l => l.Alpha.Name));
    }

    public string Name { get; private set; }

    /// <summary>The models trading now, one per lane, with the symbols each one predicts (after any <see cref="Replace"/>).</summary>
    public IReadOnlyList<ModelLane> Lanes => _lanes.Select(l => l.Model).ToList();

    /// <summary>
    /// Swaps the lane that runs model <paramref name="modelName"/> to <paramref name="next"/>, seeded with each symbol's
    /// bars known so far (<paramref name="history"/>), so the next bar close is predicted by the new model with the same
    /// history the old one had. Callers hold the session gate (no bar close runs meanwhile). False when no lane runs that model.
    /// </summary>
    public bool Replace(string modelName, ModelAlphaSource next, Func<Symbol, CandleSeries?> history)
    {
        ArgumentNullException.ThrowIfNull(next);
        for (var n = 0; n < _lanes.Length; n++)
        {
            var lane = _lanes[n];
            if (lane.Model.Source.Metadata.Name != modelName) continue;
            var universe = lane.Context.Universe;
            var alpha = next.CreateAlpha(universe);
            for (var k = 0; k < lane.Map.Length; k++)
            {
                if (history(universe.SymbolOf(k)) is { } bars) alpha.Seed(k, bars);
                _modelOf[lane.Map[k]] = next.AlphaName;
            }

            var model = new ModelLane(next, lane.Model.Symbols);
            _lanes[n] = lane with { Model = model, Alpha = alpha, TrainToMs = model.TrainTo.ToUnixTimeMilliseconds() };
            Name = string.Join("+", _lanes.Select(l => l.Alpha.Name));
            return true;
        }

        return false;
    }

    /// <summary>The prediction behind the latest view on universe slot <paramref name="index"/>; null when there is none.</summary>
    public Prediction? PredictionOf(int index) => _latest[index];

    /// <summary>The model that predicts slot <paramref name="index"/> (e.g. <c>model:btc-v1(1h)</c>), null when none covers it.</summary>
    public string? ModelOf(int index) => _modelOf[index];

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        foreach (var lane in _lanes)
        {
            lane.Context.Reset(context.Time);
            for (var k = 0; k < lane.Map.Length; k++)
            {
                if (context.HasBar(lane.Map[k])) lane.Context.SetBar(k, context.BarOf(lane.Map[k]));
            }

            lane.Alpha.Update(lane.Context, lane.Insights);
            for (var k = 0; k < lane.Map.Length; k++)
            {
                var i = lane.Map[k];
                if (!context.HasBar(i)) continue;
                var prediction = context.BarOf(i).CloseTimeMs <= lane.TrainToMs ? null : lane.Alpha.LatestPrediction(k);
                insights[i] = prediction is null ? default : lane.Insights[k];
                _latest[i] = prediction;
                context.SetPrediction(i, prediction);
            }
        }
    }

    private sealed record Lane(ModelLane Model, StreamingModelAlpha Alpha, BarCloseContext Context, int[] Map, AlphaInsight[] Insights, long TrainToMs);
}
