using System.Globalization;
using System.Security.Cryptography;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Trains one cross-sectional ranking model for the registry: the <c>xsection</c> features of the universe, the relative
/// target of one horizon, the pooled (bar, symbol) rows of the walk-forward study (<see cref="CrossSectionalWalkForward.PooledRows"/>)
/// between the request's dates, with every label ending by <see cref="CrossSectionalTrainingRequest.TrainTo"/>. The
/// metadata records the universe, target, horizon and factor windows (<see cref="ModelMetadata.CrossSection"/>). The model
/// scores by its expected-return head; it carries an identity calibrator and no intervals (a rank is not a return forecast).
/// </summary>
public static class CrossSectionalModelTrainer
{
    public const string FeatureSetName = "xsection";

    /// <summary>The model's input columns: the <c>xsection</c> ranks and z-scores (<c>xs_members</c> is bookkeeping, not a signal).</summary>
    public static IReadOnlyList<string> ModelColumns(CrossSectionalOptions factors)
    {
        var columns = new CrossSectionalFactors(factors).Columns;
        return columns.Take(columns.Count - 1).ToArray();
    }

    public static FeatureSetDescriptor Descriptor(CrossSectionalOptions factors) => FeatureSetDescriptor.FromColumns(FeatureSetName, ModelColumns(factors));

    public static RegistryResult<ModelBundle> Train(IReadOnlyList<CandleSeries> universe, CrossSectionalTrainingRequest request, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        if (universe.Count < 4) return Fail($"universe: a cross-section needs at least 4 symbols, got {universe.Count}");
        if (request.TrainTo <= request.TrainFrom) return Fail($"training window: expected TrainTo after TrainFrom, got {request.TrainFrom:O} .. {request.TrainTo:O}");
        if (request.TrainStrideBars < 1) return Fail($"trainStrideBars: expected >= 1, got {request.TrainStrideBars}");
        var kind = ModelKinds.Find(request.Kind, out var kindError);
        if (kind is null) return Fail($"model kind: {kindError}");
        CrossSectionalFactors factors;
        try
        {
            factors = new CrossSectionalFactors(request.Factors);
        }
        catch (ArgumentException ex)
        {
            return Fail(ex.Message);
        }

        // Cut at TrainTo: a forward return needs its end bar, so no label reaches past the training window.
        var cut = universe.Select(s => s.KnownAt(request.TrainTo)).ToArray();
        if (!cut.Any(s => string.Equals(s.Symbol.Base, request.Factors.BenchmarkBase, StringComparison.OrdinalIgnoreCase)))
        {
            return Fail($"universe: expected the benchmark {request.Factors.BenchmarkBase} among {string.Join(", ", universe.Select(s => s.Symbol))}");
        }

        var panel = UniversePanel.Create(cut, request.Factors.WarmUpBars);
        var raw = factors.RawFactors(panel);
        var features = factors.Compute(panel, raw);
        var columns = ModelColumns(request.Factors);
        var names = factors.FactorNames.ToList();
        var bench = factors.BenchmarkIndex(panel);
        var forward = CrossSectionalTargets.ForwardReturns(panel, request.Horizon);
        var beta = raw[names.IndexOf($"beta_{request.Factors.BenchmarkBase.ToLowerInvariant()}_{request.Factors.BetaBars}")];
        var target = CrossSectionalTargets.Relative(forward, request.Target, request.Factors.MinMembers, beta, bench);
        var fromMs = request.TrainFrom.ToUnixTimeMilliseconds();
        var fromRow = 0;
        while (fromRow < panel.Rows && panel.Closes.CloseTimeMs[fromRow] < fromMs) fromRow++;
        var set = CrossSectionalWalkForward.PooledRows(features, columns, target, panel.Symbols.Count, fromRow, panel.Rows, request.TrainStrideBars);
        if (set.Count < 10 * columns.Count)
        {
            return Fail($"{request.Kind}: only {set.Count} training rows between {request.TrainFrom:yyyy-MM-dd} and {request.TrainTo:yyyy-MM-dd} (need {10 * columns.Count}); " +
                $"load more history (members need {request.Factors.WarmUpBars} bars) or widen the window");
        }

        var created = kind.Create(new ModelKindRequest { Seed = request.Seed, Horizons = [request.Horizon], Deterministic = true });
        if (!created.Ok) return Fail($"model kind {request.Kind}: {created.Error}");
        var fitted = created.Predictor!(request.Horizon).Fit(set, cancellationToken);
        var symbols = panel.Symbols.ToArray();
        var schema = new DatasetSchema(columns, symbols, request.Horizon, includeLagReturn: false, includeSymbolIndicators: false);
        var model = new HorizonModel(schema, fitted, ProbabilityCalibrator.Identity, 0, 0, 1.0);
        var hyper = new Dictionary<string, string>(created.Recorded, StringComparer.Ordinal)
        {
            ["crossSectional"] = "true",
            ["target"] = request.Target.ToString(),
            ["trainStrideBars"] = request.TrainStrideBars.ToString(CultureInfo.InvariantCulture),
            ["trainRows"] = set.Count.ToString(CultureInfo.InvariantCulture),
        };
        var metadata = new ModelMetadata
        {
            Name = request.Name,
            CreatedAt = time.GetUtcNow(),
            PredictorKind = kind.Name,
            FeatureSet = Descriptor(request.Factors),
            Horizons = [request.Horizon.Code],
            Exchange = universe[0].Exchange.ToString(),
            Timeframe = universe[0].Timeframe.ToString(),
            Symbols = symbols.Select(s => s.ToString()).ToArray(),
            TrainFrom = request.TrainFrom,
            TrainTo = request.TrainTo,
            DataFingerprints = new Dictionary<string, string> { [request.Horizon.Code] = Fingerprint(set) },
            Hyperparameters = hyper,
            Metrics = [],
            CodeVersion = MultiHorizonTrainer.CodeVersion,
            Seed = request.Seed,
            CrossSection = new CrossSectionalModelInfo
            {
                Universe = symbols.Select(s => s.ToString()).ToArray(),
                Target = request.Target,
                Horizon = request.Horizon.Code,
                HorizonBars = CrossSectionalTargets.HorizonBars(panel, request.Horizon),
                TrainStrideBars = request.TrainStrideBars,
                TrainRows = set.Count,
                Factors = request.Factors,
            },
        };
        return RegistryResult<ModelBundle>.Success(new ModelBundle(metadata, new Dictionary<string, HorizonModel> { [request.Horizon.Code] = model },
            new Dictionary<string, HorizonModel>()));
    }

    private static RegistryResult<ModelBundle> Fail(string error) => RegistryResult<ModelBundle>.Failure($"cross-sectional training: {error}");

    // SHA-256 over the training rows and targets: a retrain on other data gives another fingerprint.
    private static string Fingerprint(CryptoSmartTrader.Models.Predictors.TrainingSet set)
    {
        var bytes = new byte[(set.X.Data.Length + set.Returns.Length) * sizeof(double)];
        Buffer.BlockCopy(set.X.Data, 0, bytes, 0, set.X.Data.Length * sizeof(double));
        Buffer.BlockCopy(set.Returns, 0, bytes, set.X.Data.Length * sizeof(double), set.Returns.Length * sizeof(double));
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }
}
