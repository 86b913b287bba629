namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// What a walk-forward window's model was trained on: samples (feature times, bar closes) in
/// [<see cref="FirstSample"/>, <see cref="LastSample"/>] whose labels end by <see cref="LabelsEnd"/> (last sample + horizon),
/// which lies at least one horizon before the window's first out-of-sample bar (purge plus embargo).
/// </summary>
public readonly record struct WindowTraining(int Window, string Model, DateTimeOffset FirstSample, DateTimeOffset LastSample, DateTimeOffset LabelsEnd,
    DateTimeOffset TestFrom, DateTimeOffset TestTo);
