namespace CryptoSmartTrader.Models.Native;

/// <summary>An error reported by the XGBoost library; the message includes XGBGetLastError.</summary>
public sealed class XGBoostException(string message) : Exception(message);
