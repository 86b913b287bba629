namespace CryptoSmartTrader.Features.Derivatives;

/// <summary>Windows and thresholds of the <c>derivatives</c> feature set (column names carry the window lengths).</summary>
public sealed class DerivativesOptions
{
    /// <summary>Settled funding events in the funding z-score, sign-flip count and interval estimate.</summary>
    public int FundingEvents { get; set; } = 30;

    /// <summary>
    /// A funding rate older than this at a bar's close is not used (NaN): a missing funding event must not be papered over by
    /// the one before it. Eight hours is the longest regular funding interval of the four venues.
    /// </summary>
    public TimeSpan MaxFundingAge { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Bars over which open-interest change and price return are compared.</summary>
    public int OpenInterestLookback { get; set; } = 24;

    /// <summary>Rows in the basis and open-interest-change z-scores.</summary>
    public int ZWindow { get; set; } = 48;

    /// <summary>|basis z| at or beyond this is a basis-extreme event.</summary>
    public double BasisExtremeZ { get; set; } = 2.0;

    /// <summary>Smallest |log open-interest change| that counts for the divergence event.</summary>
    public double MinOpenInterestChange { get; set; } = 0.01;

    internal void Validate()
    {
        if (FundingEvents < 2 || OpenInterestLookback < 1 || ZWindow < 2 || !(BasisExtremeZ > 0) || !(MinOpenInterestChange >= 0) || MaxFundingAge <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DerivativesOptions),
                $"derivatives options: expected FundingEvents >= 2, OpenInterestLookback >= 1, ZWindow >= 2, BasisExtremeZ > 0, MinOpenInterestChange >= 0 " +
                $"and a positive MaxFundingAge, got {FundingEvents}, {OpenInterestLookback}, {ZWindow}, {BasisExtremeZ}, {MinOpenInterestChange}, {MaxFundingAge}");
        }
    }
}
