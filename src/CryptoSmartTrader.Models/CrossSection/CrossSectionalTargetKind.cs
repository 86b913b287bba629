namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>How a symbol's forward return is made relative to the universe at the same bar.</summary>
public enum CrossSectionalTargetKind
{
    /// <summary>Forward log return minus the members' mean forward return.</summary>
    Demeaned,

    /// <summary>Normalised rank of the forward return among members, centred: in [−0.5, 0.5].</summary>
    Rank,

    /// <summary>Forward log return minus beta (to the benchmark, known at t) × the benchmark's forward log return.</summary>
    BetaAdjusted,
}
