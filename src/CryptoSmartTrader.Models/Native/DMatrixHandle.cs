using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Native;

/// <summary>An owned XGBoost DMatrix; freed exactly once.</summary>
internal sealed class DMatrixHandle : SafeHandle
{
    public DMatrixHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle() => XGBoostNative.XGDMatrixFree(handle) == 0;

    /// <summary>Copies a row-major double block into a float DMatrix; NaN is XGBoost's missing value.</summary>
    public static unsafe DMatrixHandle FromRows(ReadOnlySpan<double> rowMajor, int rows, int cols, ReadOnlySpan<double> labels = default)
    {
        var data = new float[rowMajor.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (float)rowMajor[i];
        }

        IntPtr raw;
        fixed (float* p = data)
        {
            XGBoostNative.Check(XGBoostNative.XGDMatrixCreateFromMat(p, (ulong)rows, (ulong)cols, float.NaN, out raw), "XGDMatrixCreateFromMat");
        }

        var matrix = new DMatrixHandle();
        matrix.SetHandle(raw);
        if (!labels.IsEmpty)
        {
            var y = new float[labels.Length];
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = (float)labels[i];
            }

            fixed (float* p = y)
            {
                XGBoostNative.Check(XGBoostNative.XGDMatrixSetFloatInfo(matrix, "label", p, (ulong)y.Length), "XGDMatrixSetFloatInfo(label)");
            }
        }

        return matrix;
    }
}
