using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Native;

/// <summary>P/Invoke declarations for the XGBoost 1.7 C API (Debian libxgboost0).</summary>
internal static unsafe partial class XGBoostNative
{
    internal const string Library = "libxgboost.so.0";

    [LibraryImport(Library)]
    internal static partial void XGBoostVersion(out int major, out int minor, out int patch);

    [LibraryImport(Library)]
    internal static partial IntPtr XGBGetLastError();

    [LibraryImport(Library)]
    internal static partial int XGDMatrixCreateFromMat(float* data, ulong nrow, ulong ncol, float missing, out IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetFloatInfo(DMatrixHandle handle, string field, float* array, ulong len);

    [LibraryImport(Library)]
    internal static partial int XGDMatrixFree(IntPtr handle);

    [LibraryImport(Library)]
    internal static partial int XGBoosterCreate(IntPtr* dmats, ulong len, out IntPtr handle);

    [LibraryImport(Library)]
    internal static partial int XGBoosterFree(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSetParam(BoosterHandle handle, string name, string value);

    [LibraryImport(Library)]
    internal static partial int XGBoosterUpdateOneIter(BoosterHandle handle, int iter, DMatrixHandle dtrain);

    [LibraryImport(Library)]
    internal static partial int XGBoosterPredict(BoosterHandle handle, DMatrixHandle dmat, int optionMask, uint ntreeLimit, int training,
        out ulong outLen, out float* outResult);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSaveModelToBuffer(BoosterHandle handle, string config, out ulong outLen, out byte* outData);

    [LibraryImport(Library)]
    internal static partial int XGBoosterLoadModelFromBuffer(BoosterHandle handle, byte* buffer, ulong len);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterFeatureScore(BoosterHandle handle, string config, out ulong outNFeatures, out byte** outFeatures,
        out ulong outDim, out ulong* outShape, out float* outScores);

    [LibraryImport(Library)]
    internal static partial int XGBoosterBoostedRounds(BoosterHandle handle, out int rounds);

    /// <summary>Turns a non-zero return code into an exception carrying XGBGetLastError.</summary>
    internal static void Check(int rc, string operation)
    {
        if (rc != 0)
        {
            var message = Marshal.PtrToStringUTF8(XGBGetLastError()) ?? "(no message)";
            throw new XGBoostException($"xgboost: {operation} failed: {message}");
        }
    }
}
