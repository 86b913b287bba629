using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>
/// One N-BEATS block (Oreshkin et al. 2020): a ReLU MLP emits expansion coefficients for a backcast and a forecast.
/// Interpretable blocks project the coefficients onto fixed bases over one shared time axis t = -L..H-1 so the
/// backcast and forecast are the same polynomial / Fourier curve, which makes the forecast an extrapolation.
/// </summary>
internal sealed class NBeatsBlock : IDisposable
{
    private readonly Layer[] hidden;
    private readonly Layer backcastTheta;
    private readonly Layer forecastTheta;
    private readonly double[]? backcastBasis;
    private readonly double[]? forecastBasis;
    private readonly int thetaSize;
    private readonly int lookback;
    private readonly int horizon;
    private Tensor? backBasis;
    private Tensor? foreBasis;

    public NBeatsBlock(Network network, NBeatsStack kind, int lookback, int horizon, int width, int layers, int trendDegree, int harmonics)
    {
        this.lookback = lookback;
        this.horizon = horizon;
        hidden = Enumerable.Range(0, layers).Select(i => network.Linear(i == 0 ? lookback : width, width)).ToArray();
        if (kind == NBeatsStack.Generic)
        {
            backcastTheta = network.Linear(width, lookback);
            forecastTheta = network.Linear(width, horizon);
            return;
        }

        var functions = kind == NBeatsStack.Trend ? Trend(trendDegree) : Seasonal(harmonics);
        thetaSize = functions.Length;
        backcastTheta = network.Linear(width, thetaSize, bias: false);
        forecastTheta = network.Linear(width, thetaSize, bias: false);
        backcastBasis = Basis(functions, -lookback, lookback, lookback + horizon);
        forecastBasis = Basis(functions, 0, horizon, lookback + horizon);
    }

    /// <summary>Returns (backcast [N, L], forecast [N, H]).</summary>
    public (Tensor Backcast, Tensor Forecast) Forward(Tensor x, Network network)
    {
        var h = x;
        foreach (var layer in hidden)
        {
            using var linear = layer.Forward(h);
            var next = linear.Relu();
            if (!ReferenceEquals(h, x))
            {
                h.Dispose();
            }

            h = next;
        }

        using (h)
        {
            if (backcastBasis is null)
            {
                return (backcastTheta.Forward(h), forecastTheta.Forward(h));
            }

            backBasis ??= Tensor.From(backcastBasis, [thetaSize, lookback], network.Dtype, network.Device);
            foreBasis ??= Tensor.From(forecastBasis!, [thetaSize, horizon], network.Dtype, network.Device);
            using var tb = backcastTheta.Forward(h);
            using var tf = forecastTheta.Forward(h);
            return (tb.MatMul(backBasis), tf.MatMul(foreBasis));
        }
    }

    public void Dispose()
    {
        backBasis?.Dispose();
        foreBasis?.Dispose();
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
    private static double[] Basis(Func<double, double>[] functions, int start, int count, int span)
    {
        var basis = new double[functions.Length * count];
        for (var i = 0; i < functions.Length; i++)
        {
            for (var t = 0; t < count; t++)
            {
                basis[i * count + t] = functions[i]((double)(start + t) / span);
            }
        }

        return basis;
    }
}
