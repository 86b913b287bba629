using CryptoSmartTrader.Build;

namespace CryptoSmartTrader.Models.Torch.Tests.Runtime;

/// <summary>
/// TorchSharp's libLibTorchSharp.so against this machine's libstdc++: the build step must have marked GLIBCXX_3.4.32
/// weak wherever the system lacks it (Debian 12), or the first torch call aborts the test process.
/// </summary>
public sealed class NativeGlueTests
{
    private static string Glue() => TorchRuntime.GlueLibrary() ?? throw new InvalidOperationException("libLibTorchSharp.so is not in the test output");

    private static byte[] WithStrongRequirement()
    {
        var bytes = File.ReadAllBytes(Glue());
        var need = ElfVersions.Needs(bytes).Single(n => n.Version == ElfVersions.NeededVersion);
        bytes[need.FlagsOffset] = (byte)(need.Flags & ~ElfVersions.WeakFlag);
        return bytes;
    }

    [Fact]
    public void The_glue_in_the_build_output_needs_no_libstdcxx_version_this_system_lacks()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var libStdCxx = ElfVersions.SystemLibStdCxx();
        Assert.NotNull(libStdCxx);
        Assert.Null(ElfVersions.MissingLibStdCxxVersions(Glue(), libStdCxx!));
    }

    [Fact]
    public void The_requirement_is_found_by_name_marked_weak_once_and_used_only_by_the_marker_symbol()
    {
        var bytes = WithStrongRequirement();
        Assert.False(ElfVersions.Needs(bytes).Single(n => n.Version == ElfVersions.NeededVersion).Weak);

        Assert.StartsWith("marked GLIBCXX_3.4.32 weak (symbols: _ZSt21ios_base_library_initv)", ElfVersions.MarkWeak(bytes));
        var need = ElfVersions.Needs(bytes).Single(n => n.Version == ElfVersions.NeededVersion);
        Assert.True(need.Weak);
        Assert.Equal(ElfVersions.LibStdCxx, need.File);
        Assert.Equal("GLIBCXX_3.4.32 already weak", ElfVersions.MarkWeak(bytes));
        // Every other requirement is untouched.
        Assert.All(ElfVersions.Needs(bytes).Where(n => n.Version != ElfVersions.NeededVersion), n => Assert.False(n.Weak));
    }

    [Fact]
    public void Marking_weak_is_refused_when_a_symbol_other_than_the_allowed_one_uses_the_version()
    {
        var bytes = WithStrongRequirement();
        var e = Assert.Throws<InvalidOperationException>(() => ElfVersions.MarkWeak(bytes, allowedSymbol: "some_other_symbol"));
        Assert.Contains("_ZSt21ios_base_library_initv", e.Message);
        Assert.Contains("not safe", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_elf_is_rejected_by_name()
    {
        var e = Assert.Throws<FormatException>(() => ElfVersions.Needs(new byte[128]));
        Assert.Contains("not a 64-bit little-endian ELF file", e.Message);
    }

    [Fact]
    public void The_system_libstdcxx_definitions_are_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var defined = ElfVersions.Definitions(File.ReadAllBytes(ElfVersions.SystemLibStdCxx()!));
        Assert.Contains("GLIBCXX_3.4", defined);
    }
}
