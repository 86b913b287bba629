namespace CryptoSmartTrader.Models.Stacking;

/// <summary>
/// One label the base models are fitted to: the set's own horizon or another one. <see cref="Usable"/> marks rows whose
/// label is realised and ends no later than the latest own-horizon label, so no target sees past the set's cut-off.
/// </summary>
internal sealed record StackTarget(CryptoSmartTrader.Core.Research.Horizon Horizon, double[] Up, double[] Returns, bool[] Usable)
{
    public int[] UsableRows(IEnumerable<int> rows) => rows.Where(r => Usable[r]).ToArray();
}
