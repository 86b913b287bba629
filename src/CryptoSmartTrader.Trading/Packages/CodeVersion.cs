namespace CryptoSmartTrader.Trading.Packages;

/// <summary>The git commit checked out above a folder, read from .git (no git process); null outside a repository.</summary>
public static class CodeVersion
{
    /// <summary>The commit of the repository above <paramref name="startDirectory"/> (default: the current directory, then the app's folder).</summary>
    public static string? Find(string? startDirectory = null)
    {
        foreach (var start in startDirectory is null ? new[] { Environment.CurrentDirectory, AppContext.BaseDirectory } : [startDirectory])
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                if (File.Exists(dotGit))
                {
                    // A worktree: ".git" is a file pointing at the real git directory.
                    var pointer = File.ReadAllText(dotGit).Trim();
                    if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
                    return Read(Path.GetFullPath(Path.Combine(dir.FullName, pointer["gitdir:".Length..].Trim())));
                }

                if (Directory.Exists(dotGit)) return Read(dotGit);
            }
        }

        return null;
    }

    private static string? Read(string gitDir)
    {
        var headPath = Path.Combine(gitDir, "HEAD");
        if (!File.Exists(headPath)) return null;
        var head = File.ReadAllText(headPath).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal)) return head;
        var reference = head["ref:".Length..].Trim();
        var common = File.Exists(Path.Combine(gitDir, "commondir"))
            ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
            : gitDir;
        foreach (var root in new[] { gitDir, common })
        {
            var loose = Path.Combine(root, reference);
            if (File.Exists(loose)) return File.ReadAllText(loose).Trim();
        }

        var packed = Path.Combine(common, "packed-refs");
        if (!File.Exists(packed)) return null;
        foreach (var line in File.ReadLines(packed))
        {
            if (line.EndsWith(" " + reference, StringComparison.Ordinal)) return line[..line.IndexOf(' ', StringComparison.Ordinal)];
        }

        return null;
    }
}
