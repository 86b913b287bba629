namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>
/// The order in which the simulator assumes a bar visited its prices, used for stops and stop-limits (which level is
/// reached first decides what triggers and what can fill afterwards).
/// <list type="bullet">
/// <item><see cref="OpenHighLowClose"/>: O → H → L → C for every bar.</item>
/// <item><see cref="OpenLowHighClose"/>: O → L → H → C for every bar.</item>
/// <item><see cref="Adaptive"/> (default): a bar that closed above its open is assumed to have dipped first
/// (O → L → H → C); a bar that closed at or below its open to have risen first (O → H → L → C). The extreme nearer
/// in the direction opposite to the close is visited first, which is the usual reconstruction of a bar's path.</item>
/// </list>
/// Between points the price moves monotonically through every intermediate price.
/// </summary>
public enum IntraBarPath
{
    Adaptive = 1,
    OpenHighLowClose = 2,
    OpenLowHighClose = 3,
}
