using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>The slippage models by their text form (<c>fixed:BPS</c>, <c>sqrt[:COEF]</c>, <c>book</c>), as the CLI and strategy packages write them.</summary>
public static class SlippageModels
{
    public const string Expected = "fixed:BPS, sqrt[:COEF] or book";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ISlippageModel? model, [NotNullWhen(false)] out string? error)
    {
        model = null;
        error = null;
        var t = (text ?? "").Trim().ToLowerInvariant();
        var parts = t.Split(':', 2);
        double? arg = null;
        if (parts.Length == 2)
        {
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v >= 0) || !double.IsFinite(v))
            {
                error = $"expected a number >= 0 after '{parts[0]}:', got '{text}'";
                return false;
            }

            arg = v;
        }

        model = parts[0] switch
        {
            "fixed" when arg is { } bps => new FixedBpsSlippage(bps),
            "sqrt" => new SquareRootImpactSlippage(new SquareRootImpactParameters(arg ?? 1.0)),
            "book" when arg is null => new OrderBookWalkSlippage(),
            _ => null,
        };
        if (model is null) error = $"expected {Expected}, got '{text}'";
        return model is not null;
    }
}
