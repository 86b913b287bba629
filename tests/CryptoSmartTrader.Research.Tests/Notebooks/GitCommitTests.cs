using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class GitCommitTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Reads_a_loose_branch_ref_from_a_parent_folder()
    {
        using var nb = new TestNotebook();
        nb.WriteFile(".git/HEAD", "ref: refs/heads/main\n");
        nb.WriteFile(".git/refs/heads/main", Sha + "\n");
        Directory.CreateDirectory(Path.Combine(nb.Directory, "notebooks"));

        Assert.Equal(Sha, CryptoSmartTrader.Trading.Packages.CodeVersion.Find(Path.Combine(nb.Directory, "notebooks")));
    }

    [Fact]
    public void Reads_a_packed_ref()
    {
        using var nb = new TestNotebook();
        nb.WriteFile(".git/HEAD", "ref: refs/heads/work\n");
        nb.WriteFile(".git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\n" + Sha + " refs/heads/work\n");

        Assert.Equal(Sha, CryptoSmartTrader.Trading.Packages.CodeVersion.Find(nb.Directory));
    }

    [Fact]
    public void Reads_a_detached_head()
    {
        using var nb = new TestNotebook();
        nb.WriteFile(".git/HEAD", Sha + "\n");

        Assert.Equal(Sha, CryptoSmartTrader.Trading.Packages.CodeVersion.Find(nb.Directory));
    }
}
