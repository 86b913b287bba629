using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A trained cross-sectional ranking model as a kernel alpha. At each bar close it computes the <c>xsection</c> features of
/// the universe from the bars seen so far (<see cref="CrossSectionalWindow"/>, a trailing window whose last row equals the
/// batch frame's), scores every symbol whose features are all defined with the model's expected-return head, and ranks
/// the scores: direction = 2 × normalised rank − 1 (best +1, worst −1, average rank for ties), as
/// <see cref="CrossSectionalFactorAlpha"/>, so a <c>top-k</c> construction trades the ranking. Symbols with a bar but no
/// features (warm-up, a gap, too few members) get no view. Only bars up to this close are used: no look-ahead. Bars closing
/// at or before the model's training end get no view either (in-sample), though they still feed the features.
/// </summary>
public sealed class CrossSectionalModelAlpha : IAlphaModel
{
    private readonly HorizonModel _model;
    private readonly CrossSectionalWindow _window;
    private readonly int _cols;
    private readonly double _confidence;
    private readonly double _payoff;
    private readonly double[] _keys;
    private readonly int[] _items;
    private readonly long _trainedToMs;

    public CrossSectionalModelAlpha(TradingUniverse universe, HorizonModel model, CrossSectionalModelInfo info, string name, double confidence = 0.85, double payoffRatio = 1.0,
        DateTimeOffset? trainedTo = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(info);
        if (universe.Count == 0) throw new ArgumentException("xs-model alpha: expected a universe with symbols, got none", nameof(universe));
        var symbols = Enumerable.Range(0, universe.Count).Select(universe.SymbolOf).ToArray();
        _window = new CrossSectionalWindow(universe.ExchangeOf(0), symbols, universe.TimeframeOf(0), info.Factors);
        _cols = CrossSectionalModelTrainer.ModelColumns(info.Factors).Count;
        if (model.Schema.Width != _cols)
        {
            throw new ArgumentException($"xs-model alpha: the model takes {model.Schema.Width} inputs, the xsection features give {_cols}", nameof(model));
        }

        _model = model;
        _confidence = confidence;
        _payoff = payoffRatio;
        _keys = new double[symbols.Length];
        _items = new int[symbols.Length];
        Name = name;
        _trainedToMs = trainedTo?.ToUnixTimeMilliseconds() ?? long.MinValue;
    }

    public string Name { get; }

    /// <summary>The model's score per symbol at the last bar close (NaN: no view), for inspection and tests.</summary>
    public double[] LastScores { get; private set; } = [];

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            ref readonly var b = ref context.BarOf(i);
            _window.Add(i, b.OpenTimeMs, b.CloseTimeMs, b.Open, b.High, b.Low, b.Close, b.Volume);
            insights[i] = default;
        }

        var scores = Score(context);
        LastScores = scores;
        var n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i])) continue;
            _keys[n] = scores[i];
            _items[n] = i;
            n++;
        }

        if (n < 2 || context.TimeMs <= _trainedToMs) return;
        Array.Sort(_keys, _items, 0, n);
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && _keys[end + 1] == _keys[start]) end++;
            var rank = (start + end) / 2.0 / (n - 1); // average rank of a tie block, in [0, 1]
            for (var k = start; k <= end; k++) insights[_items[k]] = new AlphaInsight(2 * rank - 1, _confidence, _payoff, 0, ReasonTag.Model);
            start = end + 1;
        }
    }

    private double[] Score(BarCloseContext context)
    {
        var n = _keys.Length;
        var scores = new double[n];
        Array.Fill(scores, double.NaN);
        var features = _window.Latest();
        if (features is null) return scores;
        var rows = new List<int>(n);
        var x = new List<double>(n * _cols);
        for (var i = 0; i < n; i++)
        {
            if (!context.HasBar(i)) continue;
            var defined = true;
            for (var c = 0; c < _cols && defined; c++) defined = !double.IsNaN(features[c][i]);
            if (!defined) continue;
            rows.Add(i);
            for (var c = 0; c < _cols; c++) x.Add(features[c][i]);
        }

        if (rows.Count == 0) return scores;
        var output = _model.Predictor.Predict(new FeatureRows([.. x], rows.Count, _cols));
        for (var k = 0; k < rows.Count; k++) scores[rows[k]] = output.ExpectedReturn[k];
        return scores;
    }
}
