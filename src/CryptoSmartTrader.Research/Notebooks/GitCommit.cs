namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>Reads the checked-out commit from the .git folder above a path (no git process needed); null when not in a repository.</summary>
internal static class GitCommit
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            if (File.Exists(dotGit))
            {
                // A worktree or submodule: ".git" is a file pointing at the real git directory.
                var pointer = File.ReadAllText(dotGit).Trim();
                return pointer.StartsWith("gitdir:", StringComparison.Ordinal)
                    ? Read(Path.GetFullPath(Path.Combine(dir.FullName, pointer["gitdir:".Length..].Trim())))
                    : null;
            }

            if (Directory.Exists(dotGit)) return Read(dotGit);
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
            var packed = Path.Combine(root, "packed-refs");
            if (File.Exists(packed))
            {
                var line = File.ReadLines(packed).FirstOrDefault(l => l.EndsWith(" " + reference, StringComparison.Ordinal));
                if (line is not null) return line.Split(' ')[0];
            }
        }

        return null;
    }
}
