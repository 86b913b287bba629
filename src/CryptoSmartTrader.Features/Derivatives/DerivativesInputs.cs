namespace CryptoSmartTrader.Features.Derivatives;

/// <summary>
/// The derivatives history of one perpetual, each list ascending by <see cref="TimedValue.KnownAt"/>: settled funding rates,
/// open interest at period ends, and mark-price bar closes. Any list may be empty (the venue does not publish it).
/// </summary>
public sealed class DerivativesInputs
{
    public DerivativesInputs(IReadOnlyList<TimedValue> funding, IReadOnlyList<TimedValue> openInterest, IReadOnlyList<TimedValue> markClose)
    {
        Funding = Ascending(funding, nameof(funding));
        OpenInterest = Ascending(openInterest, nameof(openInterest));
        MarkClose = Ascending(markClose, nameof(markClose));
    }

    public IReadOnlyList<TimedValue> Funding { get; }

    public IReadOnlyList<TimedValue> OpenInterest { get; }

    public IReadOnlyList<TimedValue> MarkClose { get; }

    /// <summary>Only what was known at <paramref name="asOf"/> (inclusive).</summary>
    public DerivativesInputs KnownAt(DateTimeOffset asOf) =>
        new([.. Funding.TakeWhile(v => v.KnownAt <= asOf)], [.. OpenInterest.TakeWhile(v => v.KnownAt <= asOf)], [.. MarkClose.TakeWhile(v => v.KnownAt <= asOf)]);

    private static IReadOnlyList<TimedValue> Ascending(IReadOnlyList<TimedValue> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i].KnownAt <= values[i - 1].KnownAt)
            {
                throw new ArgumentException($"{name}: expected strictly ascending known times, got {values[i - 1].KnownAt:O} then {values[i].KnownAt:O} at {i}", name);
            }
        }

        return values;
    }
}
