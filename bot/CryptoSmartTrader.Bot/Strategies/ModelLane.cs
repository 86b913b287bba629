using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>A promoted model opened for trading and the strategy symbols it predicts.</summary>
internal sealed record ModelLane(ModelAlphaSource Source, IReadOnlyList<Symbol> Symbols)
{
    /// <summary>The last bar close used in training; the bot gives no prediction at or before it (in-sample).</summary>
    public DateTimeOffset TrainTo => Source.Metadata.TrainTo;
}
