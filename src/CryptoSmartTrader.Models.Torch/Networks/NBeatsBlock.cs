using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// One N-BEATS block (Oreshkin et al. 2020): a ReLU MLP emits expansion coefficients for a backcast and a forecast.
/// Interpretable blocks project the coefficients onto fixed bases over one shared time axis t = -L..H-1 so the
/// backcast and forecast are the same polynomial / Fourier curve, which makes the forecast an extrapolation.
/// </summary>
internal sealed class NBeatsBlock : Module<Tensor, (Tensor Backcast, Tensor Forecast)>
{
    private readonly ModuleList<Linear> hidden;
    private readonly Linear backcastTheta;
    private readonly Linear forecastTheta;
    private readonly float[]? backcastBasis;
    private readonly float[]? forecastBasis;
    private readonly int thetaSize;
    private readonly int lookback;
    private readonly int horizon;

    public NBeatsBlock(NBeatsStack kind, int lookback, int horizon, int width, int layers, int trendDegree, int harmonics) : base(nameof(NBeatsBlock))
    {
        this.lookback = lookback;
        this.horizon = horizon;
        hidden = new ModuleList<Linear>(Enumerable.Range(0, layers).Select(i => Linear(i == 0 ? lookback : width, width)).ToArray());
        if (kind == NBeatsStack.Generic)
        {
            backcastTheta = Linear(width, lookback);
            forecastTheta = Linear(width, horizon);
        }
        else
        {
            var functions = kind == NBeatsStack.Trend ? Trend(trendDegree) : Seasonal(harmonics);
            thetaSize = functions.Length;
            backcastTheta = Linear(width, thetaSize, hasBias: false);
            forecastTheta = Linear(width, thetaSize, hasBias: false);
            backcastBasis = Basis(functions, -lookback, lookback, lookback + horizon);
            forecastBasis = Basis(functions, 0, horizon, lookback + horizon);
        }

        RegisterComponents();
    }

    /// <summary>Returns (backcast [N, L], forecast [N, H]).</summary>
    public override (Tensor Backcast, Tensor Forecast) forward(Tensor x)
    {
        var h = x;
        foreach (var layer in hidden)
        {
            h = functional.relu(layer.forward(h));
        }

        if (backcastBasis is null)
        {
            return (backcastTheta.forward(h), forecastTheta.forward(h));
        }

        var back = tensor(backcastBasis, [thetaSize, lookback], ScalarType.Float32, x.device).to_type(x.dtype);
        var fore = tensor(forecastBasis!, [thetaSize, horizon], ScalarType.Float32, x.device).to_type(x.dtype);
        return (backcastTheta.forward(h).matmul(back), forecastTheta.forward(h).matmul(fore));
    }

    private static Func<double, double>[] Trend(int degree) =>
        Enumerable.Range(0, degree + 1).Select(p => (Func<double, double>)(u => Math.Pow(u, p))).ToArray();

    private static Func<double, double>[] Seasonal(int harmonics)
    {
        var list = new List<Func<double, double>> { _ => 1.0 };
        for (var k = 1; k <= harmonics; k++)
        {
            var kk = k;
            list.Add(u => Math.Cos(2 * Math.PI * kk * u));
            list.Add(u => Math.Sin(2 * Math.PI * kk * u));
        }

        return list.ToArray();
    }

    // Row i holds function i at times start..start+count-1, scaled by the whole span so the axis is shared.
    private static float[] Basis(Func<double, double>[] functions, int start, int count, int span)
    {
        var basis = new float[functions.Length * count];
        for (var i = 0; i < functions.Length; i++)
        {
            for (var t = 0; t < count; t++)
            {
                basis[i * count + t] = (float)functions[i]((double)(start + t) / span);
            }
        }

        return basis;
    }
}
