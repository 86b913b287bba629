namespace CryptoSmartTrader.Models.Calibration;

public enum CalibrationMethod
{
    Isotonic,
    Platt,
    None,
}
