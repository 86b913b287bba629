namespace CryptoSmartTrader.Bot.Cluster;

/// <summary>Cluster mode's trading lease (section <c>Bot:Cluster</c>; only used with <c>Bot:ClusterConnectionString</c>).</summary>
public sealed class ClusterOptions
{
    /// <summary>How long a granted lease lasts without renewal: a crashed trader is replaced after at most this long, and
    /// a node cut off from PostgreSQL stops trading within it. Renewed every third of it.</summary>
    public double LeaseSeconds { get; set; } = 15;

    /// <summary>The lease's name: one trader per name. The bot's tables are one book per database, so one strategy per database.</summary>
    public string LeaseName { get; set; } = "trading";

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Renew => TimeSpan.FromSeconds(LeaseSeconds / 3);

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!(LeaseSeconds >= 1 && LeaseSeconds <= 3600)) errors.Add($"Bot:Cluster:LeaseSeconds must be 1-3600, got {LeaseSeconds}");
        if (string.IsNullOrWhiteSpace(LeaseName)) errors.Add("Bot:Cluster:LeaseName must not be empty");
        return errors;
    }
}
