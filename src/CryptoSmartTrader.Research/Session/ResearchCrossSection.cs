using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.CrossSection;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Cross-sectional research from a notebook (<c>session.CrossSection</c>): the library's <see cref="CrossSectionalStudy"/>,
/// as <c>cst evaluate --cross-sectional</c> runs it, and its tables. Stateless.
/// </summary>
public sealed class ResearchCrossSection
{
    /// <summary>
    /// Per-bar IC and rank IC, quintile spreads and top-k books after costs for the model kinds (walk-forward over the
    /// evaluation window, purged) and the momentum / reversal / random baselines, with equal-weight and buy-and-hold
    /// benchmarks. Pass the whole universe, including symbols that stopped trading: membership is decided bar by bar.
    /// <paramref name="kinds"/>: registered model kinds, comma-separated, or <c>none</c> for the baselines only.
    /// </summary>
    public CrossSectionalReport Run(IReadOnlyList<CandleSeries> universe, DateTimeOffset evaluateFrom, DateTimeOffset evaluateTo,
        string horizons = "24h", string kinds = "linear", int topK = 3, int holdBand = 1, double feeRate = 0.001, double slippageRate = 0.0005,
        int folds = 4, int seed = 1, bool volatilityScaled = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(horizons);
        ArgumentNullException.ThrowIfNull(kinds);
        Models.Torch.Predictors.TorchPredictors.RegisterLoaders();
        var hs = horizons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Horizon.Parse).Distinct().ToArray();
        if (hs.Length == 0) throw new ArgumentException($"horizons: expected e.g. 24h,7d, got '{horizons}'", nameof(horizons));
        return CrossSectionalStudy.Run(universe, new CrossSectionalStudyOptions
        {
            Horizons = hs,
            ModelKinds = kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(k => !k.Equals("none", StringComparison.OrdinalIgnoreCase)).ToArray(),
            EvaluateFrom = evaluateFrom,
            EvaluateTo = evaluateTo,
            TopK = topK,
            HoldBand = holdBand,
            FeeRate = feeRate,
            SlippageRate = slippageRate,
            Folds = folds,
            Seed = seed,
            VolatilityScaled = volatilityScaled,
        }, cancellationToken);
    }

    /// <summary>
    /// Trains a cross-sectional ranking model of kind <paramref name="kind"/> on the pooled <c>xsection</c> rows of
    /// <paramref name="universe"/> (as <c>cst train --cross-sectional</c>; labels end by <paramref name="trainTo"/>) and
    /// registers it in <paramref name="registry"/> (<c>session.Registry</c>) for an <c>xs-model</c> package. Pass history
    /// from before <paramref name="trainFrom"/>: members need 720 bars of their own first. A failure throws, naming the input.
    /// </summary>
    public Models.Registry.ModelMetadata Train(Models.Registry.ModelRegistry registry, IReadOnlyList<CandleSeries> universe, string name,
        DateTimeOffset trainFrom, DateTimeOffset trainTo, string horizon = "24h", string kind = "linear",
        CrossSectionalTargetKind target = CrossSectionalTargetKind.Rank, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(universe);
        Models.Torch.Predictors.TorchPredictors.RegisterLoaders();
        var trained = CrossSectionalModelTrainer.Train(universe, new CrossSectionalTrainingRequest
        {
            Name = name, Kind = kind, Horizon = Horizon.Parse(horizon), Target = target, TrainFrom = trainFrom, TrainTo = trainTo, Seed = seed,
        }, TimeProvider.System, cancellationToken);
        if (!trained.Ok) throw new InvalidOperationException(trained.Error);
        using var bundle = trained.Value!;
        var saved = registry.Save(bundle);
        return saved.Ok ? saved.Value! : throw new InvalidOperationException(saved.Error);
    }

    /// <summary>One row per scorer and horizon (IC, rank IC, ICIR, t, quintiles, books after costs, Deflated Sharpe) for display(...).</summary>
    public HtmlContent Table(CrossSectionalReport report, string? caption = null) => new(CrossSectionalSummary.Table(report, caption).ToHtml());

    /// <summary>Rank IC per calendar year, per scorer and horizon.</summary>
    public HtmlContent YearTable(CrossSectionalReport report, string? caption = null) => new(CrossSectionalSummary.YearTable(report, caption).ToHtml());
}
