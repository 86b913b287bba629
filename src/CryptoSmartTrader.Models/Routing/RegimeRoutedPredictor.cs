using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Routing;

/// <summary>
/// Regime-aware routing: one model per regime label (read from a feature column, so it is the point-in-time label
/// the Features' regime detector computed at t) plus a global model on all rows, which serves regimes with fewer
/// than <see cref="RegimeRoutingOptions.MinRowsPerRegime"/> training rows, unseen regimes and undefined labels.
/// </summary>
public sealed class RegimeRoutedPredictor(IPredictor learner, RegimeRoutingOptions? options = null) : IPredictor
{
    public const string KindName = "regime-routed";

    private readonly IPredictor _learner = learner ?? throw new ArgumentNullException(nameof(learner));
    private readonly RegimeRoutingOptions _options = options ?? new RegimeRoutingOptions();

    public string Kind => KindName;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MinRowsPerRegime, nameof(RegimeRoutingOptions.MinRowsPerRegime));
        var column = -1;
        for (var c = 0; c < data.ColumnNames.Count; c++)
        {
            if (data.ColumnNames[c] == _options.RegimeColumn)
            {
                column = c;
            }
        }

        if (column < 0)
        {
            throw new ArgumentException(
                $"regime routing: needs the '{_options.RegimeColumn}' column (feature set 'regime', e.g. --features all), columns are [{string.Join(", ", data.ColumnNames)}]", nameof(data));
        }

        var groups = Enumerable.Range(0, data.Count)
            .Select(i => (Row: i, Regime: RegimeRoutedModel.RegimeOf(data.X[i, column])))
            .Where(x => x.Regime is not null)
            .GroupBy(x => x.Regime!.Value)
            .Where(g => g.Count() >= _options.MinRowsPerRegime)
            .OrderBy(g => g.Key)
            .ToArray();
        var global = _learner.Fit(data, cancellationToken);
        var perRegime = new Dictionary<int, IFittedPredictor>();
        try
        {
            foreach (var g in groups)
            {
                perRegime[g.Key] = _learner.Fit(data.Subset(g.Select(x => x.Row).ToArray()), cancellationToken);
            }
        }
        catch
        {
            global.Dispose();
            foreach (var m in perRegime.Values)
            {
                m.Dispose();
            }

            throw;
        }

        return new RegimeRoutedModel(column, _options.RegimeColumn, global, perRegime);
    }
}
