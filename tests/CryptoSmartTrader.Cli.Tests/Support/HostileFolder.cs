using System.Diagnostics;

namespace CryptoSmartTrader.Cli.Tests.Support;

/// <summary>
/// A folder that really refuses writes, for testing how commands fail on read-only or full disks. Tests run as root, where a
/// chmod stops nothing, so a read-only view is a read-only bind mount (root), else the immutable attribute (root without
/// mount rights), else chmod (non-root). A full disk is a tiny tmpfs. Each one is probed before use: a test that thinks it
/// hit a read-only folder while writing happily would prove nothing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class HostileFolder : IDisposable
{
    private readonly Action _undo;

    private HostileFolder(string path, Action undo)
    {
        Path = path;
        _undo = undo;
    }

    public string Path { get; }

    /// <summary>A read-only view of <paramref name="source"/> (an existing folder with its files).</summary>
    public static HostileFolder ReadOnlyViewOf(string source)
    {
        var target = source.TrimEnd('/') + "-ro";
        Directory.CreateDirectory(target);
        if (Environment.UserName == "root" && Run("mount", "--bind", source, target) && Run("mount", "-o", "remount,bind,ro", target))
        {
            return Probed(new HostileFolder(target, () => Run("umount", "-l", target)));
        }

        Directory.Delete(target);
        if (Environment.UserName == "root")
        {
            var entries = Directory.GetFileSystemEntries(source).Append(source).ToArray();
            if (Run("chattr", ["+i", .. entries]))
            {
                return Probed(new HostileFolder(source, () => Run("chattr", ["-i", .. entries])));
            }

            throw new InvalidOperationException($"cannot make {source} read-only as root: neither a read-only bind mount nor chattr +i worked");
        }

        File.SetUnixFileMode(source, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        foreach (var file in Directory.GetFiles(source))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead);
        }

        return Probed(new HostileFolder(source, () => File.SetUnixFileMode(source, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)));
    }

    /// <summary>An empty tmpfs of <paramref name="kilobytes"/> KiB under <paramref name="parent"/>: writes fail with "no space left" once it fills.</summary>
    public static HostileFolder Tiny(string parent, int kilobytes)
    {
        var target = System.IO.Path.Combine(parent, "tiny");
        Directory.CreateDirectory(target);
        return Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", target)
            ? new HostileFolder(target, () => Run("umount", "-l", target))
            : throw new InvalidOperationException($"cannot mount a {kilobytes} KiB tmpfs at {target} (needs root with mount rights)");
    }

    public void Dispose() => _undo();

    private static HostileFolder Probed(HostileFolder folder)
    {
        var probe = System.IO.Path.Combine(folder.Path, "probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "x");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return folder;
        }

        File.Delete(probe);
        folder.Dispose();
        throw new InvalidOperationException($"{folder.Path} still accepts writes; the test would prove nothing");
    }

    private static bool Run(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
