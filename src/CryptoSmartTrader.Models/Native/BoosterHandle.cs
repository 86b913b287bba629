using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Native;

/// <summary>An owned XGBoost Booster; freed exactly once.</summary>
internal sealed class BoosterHandle : SafeHandle
{
    public BoosterHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle() => XGBoostNative.XGBoosterFree(handle) == 0;

    public static unsafe BoosterHandle Create(DMatrixHandle? train)
    {
        IntPtr raw;
        if (train is null)
        {
            XGBoostNative.Check(XGBoostNative.XGBoosterCreate(null, 0, out raw), "XGBoosterCreate");
        }
        else
        {
            var added = false;
            train.DangerousAddRef(ref added);
            try
            {
                var dm = train.DangerousGetHandle();
                XGBoostNative.Check(XGBoostNative.XGBoosterCreate(&dm, 1, out raw), "XGBoosterCreate");
            }
            finally
            {
                if (added)
                {
                    train.DangerousRelease();
                }
            }
        }

        var booster = new BoosterHandle();
        booster.SetHandle(raw);
        return booster;
    }
}
