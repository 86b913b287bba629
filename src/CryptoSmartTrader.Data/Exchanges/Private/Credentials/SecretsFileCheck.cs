using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Data.Exchanges.Private.Credentials;

/// <summary>
/// What a secrets file must satisfy before its keys are read: its real location (every symlink resolved) is outside any git
/// working tree, it belongs to the user running the bot, and no group or other user can read or write it. The README says
/// <c>chmod 600</c>; a file left at 644 gives the keys to every account on the machine, so it is refused, saying the command.
/// </summary>
internal static class SecretsFileCheck
{
    private const UnixFileMode NotForOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Null when the file may be used; otherwise why not and what to do.</summary>
    public static string? Problem(string path, out string realPath)
    {
        realPath = RealPath(path);
        var shown = realPath == path ? $"'{path}'" : $"'{path}' (really '{realPath}')";
        if (InsideGitWorkingTree(realPath) is { } repo)
        {
            return $"secrets file {shown} is inside the git working tree '{repo}'; keep keys outside the repository";
        }

        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(realPath);
        if ((mode & NotForOthers) != 0)
        {
            return $"secrets file {shown} can be read or written by other users (mode {Octal(mode)}); run: chmod 600 '{realPath}'";
        }

        if (OperatingSystem.IsLinux() && Owner(realPath) is { } owner && owner != geteuid())
        {
            return $"secrets file {shown} belongs to user id {owner}, not to the user running this (id {geteuid()}); " +
                   $"run: chown {geteuid()} '{realPath}' && chmod 600 '{realPath}'";
        }

        return null;
    }

    /// <summary>The path with every symlink resolved, in every component (a linked folder counts as much as a linked file).</summary>
    public static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        if (depth > 40)
        {
            return full;
        }

        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                // A target may itself sit under linked folders: resolve it the same way.
                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), depth + 1);
            }

            current = next;
        }

        return current;
    }

    private static string? InsideGitWorkingTree(string file)
    {
        for (var dir = Path.GetDirectoryName(file); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                return dir;
            }
        }

        return null;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');

    // statx's buffer layout is fixed by the kernel on every architecture (unlike struct stat): stx_uid is the u32 at byte 20.
    private static uint? Owner(string path)
    {
        const int AtFdCwd = -100;
        const uint StatxUid = 0x0008;
        var buffer = new byte[256];
        return statx(AtFdCwd, path, 0, StatxUid, buffer) == 0 ? BitConverter.ToUInt32(buffer, 20) : null;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc")]
    private static extern uint geteuid();
}
