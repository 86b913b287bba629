using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace CryptoSmartTrader.Models.Native;

/// <summary>
/// A trained (or loaded) XGBoost booster. Prediction is serialised per booster because XGBoost hands back a buffer
/// it owns until the next call on the same handle.
/// </summary>
public sealed class XGBoostBooster : IDisposable
{
    private readonly BoosterHandle _handle;
    private readonly object _gate = new();

    private XGBoostBooster(BoosterHandle handle) => _handle = handle;

    /// <summary>Trains <paramref name="rounds"/> boosting rounds on row-major <paramref name="x"/> with <paramref name="y"/>.</summary>
    public static XGBoostBooster Train(ReadOnlySpan<double> x, int rows, int cols, ReadOnlySpan<double> y, IReadOnlyDictionary<string, string> parameters, int rounds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (y.Length != rows)
        {
            throw new ArgumentException($"xgboost: expected {rows} labels, got {y.Length}", nameof(y));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        using var dtrain = DMatrixHandle.FromRows(x, rows, cols, y);
        var handle = BoosterHandle.Create(dtrain);
        try
        {
            foreach (var (k, v) in parameters)
            {
                XGBoostNative.Check(XGBoostNative.XGBoosterSetParam(handle, k, v), $"XGBoosterSetParam({k}={v})");
            }

            for (var i = 0; i < rounds; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                XGBoostNative.Check(XGBoostNative.XGBoosterUpdateOneIter(handle, i, dtrain), "XGBoosterUpdateOneIter");
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new XGBoostBooster(handle);
    }

    /// <summary>Loads a model saved as XGBoost JSON.</summary>
    public static unsafe XGBoostBooster LoadJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        var handle = BoosterHandle.Create(null);
        try
        {
            fixed (byte* p = bytes)
            {
                XGBoostNative.Check(XGBoostNative.XGBoosterLoadModelFromBuffer(handle, p, (ulong)bytes.Length), "XGBoosterLoadModelFromBuffer");
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new XGBoostBooster(handle);
    }

    /// <summary>Sets a parameter after training or loading (e.g. nthread for inference).</summary>
    public void SetParam(string name, string value)
    {
        lock (_gate)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterSetParam(_handle, name, value), $"XGBoosterSetParam({name}={value})");
        }
    }

    public int BoostedRounds
    {
        get
        {
            lock (_gate)
            {
                XGBoostNative.Check(XGBoostNative.XGBoosterBoostedRounds(_handle, out var n), "XGBoosterBoostedRounds");
                return n;
            }
        }
    }

    /// <summary>Predictions for row-major rows (probabilities for binary:logistic, values for regression).</summary>
    public unsafe double[] Predict(ReadOnlySpan<double> x, int rows, int cols)
    {
        var result = new double[rows];
        if (rows == 0)
        {
            return result;
        }

        using var dm = DMatrixHandle.FromRows(x, rows, cols);
        lock (_gate)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterPredict(_handle, dm, 0, 0, 0, out var len, out var output), "XGBoosterPredict");
            if ((long)len != rows)
            {
                throw new XGBoostException($"xgboost: predicted {len} values for {rows} rows");
            }

            for (var i = 0; i < rows; i++)
            {
                result[i] = output[i];
            }
        }

        return result;
    }

    /// <summary>
    /// Tree feature importance by column index (XGBoosterFeatureScore) for an importance type of XGBoost's:
    /// weight, gain, cover, total_gain or total_cover. Columns no split uses score 0.
    /// </summary>
    public unsafe double[] FeatureScores(string importanceType, int columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importanceType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        // Explicit names f0..f{n-1} make the returned names parse back to column indices whatever the model stored.
        var names = string.Join(",", Enumerable.Range(0, columns).Select(c => string.Create(CultureInfo.InvariantCulture, $"\"f{c}\"")));
        var config = $"{{\"importance_type\":\"{importanceType}\",\"feature_names\":[{names}]}}";
        var result = new double[columns];
        lock (_gate)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterFeatureScore(_handle, config, out var n, out var features, out var dim, out var shape, out var scores),
                $"XGBoosterFeatureScore({importanceType})");
            if (dim != 1 || shape[0] != n)
            {
                throw new XGBoostException($"xgboost: expected one score per feature, got a {dim}-dimensional result");
            }

            for (ulong k = 0; k < n; k++)
            {
                var name = Marshal.PtrToStringUTF8((IntPtr)features[k]) ?? string.Empty;
                if (name.Length < 2 || name[0] != 'f' || !int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c >= columns)
                {
                    throw new XGBoostException($"xgboost: feature score for unexpected feature '{name}' (model has {columns} columns)");
                }

                result[c] = scores[k];
            }
        }

        return result;
    }

    /// <summary>The model as XGBoost JSON (the format XGBoost's own tools read).</summary>
    public unsafe string SaveJson()
    {
        lock (_gate)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterSaveModelToBuffer(_handle, "{\"format\":\"json\"}", out var len, out var data), "XGBoosterSaveModelToBuffer");
            return Encoding.UTF8.GetString(data, checked((int)len));
        }
    }

    public static string Version
    {
        get
        {
            XGBoostNative.XGBoostVersion(out var major, out var minor, out var patch);
            return string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{patch}");
        }
    }

    public void Dispose() => _handle.Dispose();
}
