using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Indicators;

/// <summary>
/// A technical indicator usable bar by bar (the bot) and over a whole series (research), with identical results.
/// Values are NaN until <see cref="WarmUp"/> bars have been seen and always finite afterwards.
/// </summary>
public interface IIndicator
{
    /// <summary>Output column names, lowercase <c>name_param1_param2</c>; the first is the primary value.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Bars needed before the first valid value; the first valid batch index is <c>WarmUp - 1</c>.</summary>
    int WarmUp { get; }

    /// <summary>True once <see cref="WarmUp"/> bars have been fed.</summary>
    bool IsReady { get; }

    /// <summary>The primary output, NaN before warm-up.</summary>
    double Value { get; }

    /// <summary>Output <paramref name="output"/> (index into <see cref="Columns"/>), NaN before warm-up.</summary>
    double this[int output] { get; }

    /// <summary>Feeds the next closed bar.</summary>
    void Update(in OhlcvBar bar);

    /// <summary>Feeds the next closed candle.</summary>
    void Update(in Candle candle);

    /// <summary>Forgets all bars seen.</summary>
    void Reset();

    /// <summary>Computes every output over <paramref name="series"/> without touching this instance's streaming state.</summary>
    IndicatorOutput Compute(CandleSeries series);
}
