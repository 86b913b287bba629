namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// The drawdown ladder. Each level keeps the restrictions of the ones below it:
/// Caution halves the Kelly fraction; Warning also halves every size; Danger accepts only risk-reducing orders;
/// Critical additionally raises <see cref="RiskEngine.PaperOnly"/> (a live host must route to paper). Full stop is the
/// kill switch's drawdown trigger, one threshold further.
/// </summary>
public enum DrawdownLevel
{
    Normal = 0,
    Caution = 1,
    Warning = 2,
    Danger = 3,
    Critical = 4,
}
