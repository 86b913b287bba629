namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// One walk-forward fold: the model is fitted on bars closing in [<see cref="TrainFrom"/>, <see cref="TrainTo"/>] and
/// trades only bars closing in (<see cref="TrainTo"/>, <see cref="TestTo"/>], which it has never seen.
/// </summary>
public readonly record struct WalkForwardWindow(int Index, DateTimeOffset TrainFrom, DateTimeOffset TrainTo, DateTimeOffset TestTo)
{
    public DateTimeOffset TestFrom => TrainTo;

    /// <summary>True when a bar closing at <paramref name="closeTime"/> belongs to the out-of-sample part.</summary>
    public bool IsTest(DateTimeOffset closeTime) => closeTime > TrainTo && closeTime <= TestTo;
}
