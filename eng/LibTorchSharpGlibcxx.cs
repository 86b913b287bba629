// Compiled twice: as an MSBuild inline task (eng/LibTorchSharpGlibcxx.targets) and, with ELF_ONLY defined, into
// CryptoSmartTrader.Models.Torch, whose availability probe and tests read the same ELF version tables.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CryptoSmartTrader.Build
{
    /// <summary>One version requirement of an ELF object (.gnu.version_r): the library, the version, and whether it is weak.</summary>
#if ELF_ONLY
    internal
#else
    public
#endif
    sealed class ElfVersionNeed
    {
        public ElfVersionNeed(string file, string version, ushort index, ushort flags, long flagsOffset)
        {
            File = file;
            Version = version;
            Index = index;
            Flags = flags;
            FlagsOffset = flagsOffset;
        }

        public string File { get; }
        public string Version { get; }
        public ushort Index { get; }
        public ushort Flags { get; }
        public long FlagsOffset { get; }
        public bool Weak => (Flags & ElfVersions.WeakFlag) != 0;
    }

    /// <summary>
    /// Reads the GNU symbol-versioning tables of a 64-bit little-endian ELF file. TorchSharp 0.107's libLibTorchSharp.so
    /// requires GLIBCXX_3.4.32 (GCC 13.2) only for the marker symbol <c>_ZSt21ios_base_library_initv</c>, which nothing
    /// relocates against; on an older libstdc++ (Debian 12) marking that one requirement weak lets the loader accept it.
    /// </summary>
#if ELF_ONLY
    internal
#else
    public
#endif
    static class ElfVersions
    {
        public const ushort WeakFlag = 0x2;
        public const string LibStdCxx = "libstdc++.so.6";
        public const string NeededVersion = "GLIBCXX_3.4.32";
        public const string MarkerSymbol = "_ZSt21ios_base_library_initv";

        private const uint ShtRela = 4;
        private const uint ShtRel = 9;
        private const uint ShtDynsym = 11;
        private const uint ShtVerdef = 0x6ffffffd;
        private const uint ShtVerneed = 0x6ffffffe;
        private const uint ShtVersym = 0x6fffffff;

        public static IReadOnlyList<ElfVersionNeed> Needs(byte[] elf)
        {
            var result = new List<ElfVersionNeed>();
            foreach (var s in Sections(elf).Where(s => s.Type == ShtVerneed))
            {
                var strtab = Sections(elf)[(int)s.Link];
                long entry = s.Offset;
                for (var i = 0; i < s.Info; i++)
                {
                    var count = U16(elf, entry + 2);
                    var file = Str(elf, strtab.Offset + U32(elf, entry + 4));
                    long aux = entry + U32(elf, entry + 8);
                    for (var j = 0; j < count; j++)
                    {
                        var flags = U16(elf, aux + 4);
                        var index = U16(elf, aux + 6);
                        var name = Str(elf, strtab.Offset + U32(elf, aux + 8));
                        result.Add(new ElfVersionNeed(file, name, index, flags, aux + 4));
                        aux += U32(elf, aux + 12);
                    }

                    entry += U32(elf, entry + 12);
                }
            }

            return result;
        }

        /// <summary>The versions a shared library defines (.gnu.version_d), e.g. GLIBCXX_3.4.30 for libstdc++.</summary>
        public static ISet<string> Definitions(byte[] elf)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in Sections(elf).Where(s => s.Type == ShtVerdef))
            {
                var strtab = Sections(elf)[(int)s.Link];
                long entry = s.Offset;
                for (var i = 0; i < s.Info; i++)
                {
                    long aux = entry + U32(elf, entry + 12);
                    result.Add(Str(elf, strtab.Offset + U32(elf, aux)));
                    entry += U32(elf, entry + 16);
                }
            }

            return result;
        }

        /// <summary>Dynamic symbols bound to version index <paramref name="index"/>, and whether any relocation refers to them.</summary>
        public static IReadOnlyList<(string Name, bool Relocated)> SymbolsOfVersion(byte[] elf, ushort index)
        {
            var sections = Sections(elf);
            var dynsym = sections.FirstOrDefault(s => s.Type == ShtDynsym);
            var versym = sections.FirstOrDefault(s => s.Type == ShtVersym);
            if (dynsym is null || versym is null)
            {
                return Array.Empty<(string, bool)>();
            }

            var strtab = sections[(int)dynsym.Link];
            var relocated = new HashSet<long>();
            foreach (var r in sections.Where(s => (s.Type == ShtRela || s.Type == ShtRel) && s.Link < sections.Count && sections[(int)s.Link] == dynsym))
            {
                var size = r.EntSize > 0 ? r.EntSize : (r.Type == ShtRela ? 24 : 16);
                for (var off = r.Offset; off + size <= r.Offset + r.Size; off += size)
                {
                    relocated.Add((long)(U64(elf, off + 8) >> 32));
                }
            }

            var symbols = new List<(string, bool)>();
            var count = dynsym.Size / 24;
            for (long i = 0; i < count; i++)
            {
                if ((U16(elf, versym.Offset + i * 2) & 0x7fff) == index)
                {
                    symbols.Add((Str(elf, strtab.Offset + U32(elf, dynsym.Offset + i * 24)), relocated.Contains(i)));
                }
            }

            return symbols;
        }

        /// <summary>The libstdc++ this process uses (from /proc/self/maps), else the first in the usual library folders.</summary>
        public static string? SystemLibStdCxx()
        {
            const string maps = "/proc/self/maps";
            if (System.IO.File.Exists(maps))
            {
                foreach (var line in System.IO.File.ReadLines(maps))
                {
                    var path = line.Substring(line.IndexOf('/') < 0 ? line.Length : line.IndexOf('/'));
                    if (Path.GetFileName(path) == LibStdCxx && System.IO.File.Exists(path))
                    {
                        return path;
                    }
                }
            }

            var folders = new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib" };
            return folders.Select(f => Path.Combine(f, LibStdCxx)).FirstOrDefault(System.IO.File.Exists);
        }

        /// <summary>
        /// Why <paramref name="library"/> cannot load against the libstdc++ at <paramref name="libStdCxx"/> (a strong
        /// requirement of a version it lacks), or null when it can.
        /// </summary>
        public static string? MissingLibStdCxxVersions(string library, string libStdCxx)
        {
            var provided = Definitions(System.IO.File.ReadAllBytes(libStdCxx));
            var missing = Needs(System.IO.File.ReadAllBytes(library))
                .Where(n => n.File == LibStdCxx && !n.Weak && !provided.Contains(n.Version))
                .Select(n => n.Version)
                .ToList();
            return missing.Count == 0 ? null
                : $"{Path.GetFileName(library)} requires {string.Join(", ", missing)}, which {libStdCxx} lacks (GCC >= 13.2 provides it)";
        }

        /// <summary>
        /// Marks <see cref="NeededVersion"/> weak in <paramref name="elf"/> when the only symbol bound to it is
        /// <see cref="MarkerSymbol"/> and no relocation uses it. Returns what it did; throws when the hack would not be safe.
        /// </summary>
        public static string MarkWeak(byte[] elf, string version = NeededVersion, string allowedSymbol = MarkerSymbol)
        {
            var need = Needs(elf).FirstOrDefault(n => n.File == LibStdCxx && n.Version == version);
            if (need is null)
            {
                return $"no {version} requirement";
            }

            if (need.Weak)
            {
                return $"{version} already weak";
            }

            var symbols = SymbolsOfVersion(elf, need.Index);
            var unsafeSymbols = symbols.Where(s => s.Name != allowedSymbol || s.Relocated).Select(s => s.Relocated ? s.Name + " (relocated)" : s.Name).ToList();
            if (unsafeSymbols.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{version} is needed by {string.Join(", ", unsafeSymbols)}, not only by the marker {allowedSymbol}: marking it weak is not safe; " +
                    "use a system whose libstdc++ provides it (GCC >= 13.2)");
            }

            var flags = (ushort)(need.Flags | WeakFlag);
            elf[need.FlagsOffset] = (byte)flags;
            elf[need.FlagsOffset + 1] = (byte)(flags >> 8);
            return $"marked {version} weak (symbols: {string.Join(", ", symbols.Select(s => s.Name))})";
        }

        private sealed class Section
        {
            public uint Type;
            public long Offset;
            public long Size;
            public uint Link;
            public uint Info;
            public long EntSize;
        }

        private static List<Section> Sections(byte[] elf)
        {
            if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
            {
                throw new FormatException("not a 64-bit little-endian ELF file");
            }

            long shoff = (long)U64(elf, 0x28);
            int shentsize = U16(elf, 0x3a);
            int shnum = U16(elf, 0x3c);
            var list = new List<Section>(shnum);
            for (var i = 0; i < shnum; i++)
            {
                long h = shoff + (long)i * shentsize;
                list.Add(new Section
                {
                    Type = U32(elf, h + 4),
                    Offset = (long)U64(elf, h + 24),
                    Size = (long)U64(elf, h + 32),
                    Link = U32(elf, h + 40),
                    Info = U32(elf, h + 44),
                    EntSize = (long)U64(elf, h + 56),
                });
            }

            return list;
        }

        private static ushort U16(byte[] b, long o) => (ushort)(b[o] | (b[o + 1] << 8));

        private static uint U32(byte[] b, long o) => (uint)(b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));

        private static ulong U64(byte[] b, long o) => U32(b, o) | ((ulong)U32(b, o + 4) << 32);

        private static string Str(byte[] b, long o)
        {
            var end = o;
            while (end < b.Length && b[end] != 0)
            {
                end++;
            }

            return Encoding.ASCII.GetString(b, (int)o, (int)(end - o));
        }
    }

#if !ELF_ONLY
    /// <summary>
    /// Build step: where the system libstdc++ lacks GLIBCXX_3.4.32, marks that requirement weak in the copies of
    /// libLibTorchSharp.so in the build output (never in the NuGet cache: the file is rewritten, not edited in place).
    /// </summary>
    public sealed class WeakenLibTorchSharpGlibcxx : Microsoft.Build.Utilities.Task
    {
        public string[] Files { get; set; } = Array.Empty<string>();

        public override bool Execute()
        {
            var files = Files.Where(System.IO.File.Exists).ToList();
            if (files.Count == 0)
            {
                return true;
            }

            var libStdCxx = ElfVersions.SystemLibStdCxx();
            if (libStdCxx is null)
            {
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, "libstdc++.so.6 not found; leaving libLibTorchSharp.so as shipped");
                return true;
            }

            if (ElfVersions.Definitions(System.IO.File.ReadAllBytes(libStdCxx)).Contains(ElfVersions.NeededVersion))
            {
                return true;
            }

            foreach (var file in files)
            {
                var bytes = System.IO.File.ReadAllBytes(file);
                string outcome;
                try
                {
                    outcome = ElfVersions.MarkWeak(bytes);
                }
                catch (InvalidOperationException e)
                {
                    Log.LogError($"{file}: {e.Message}");
                    return false;
                }

                if (outcome.StartsWith("marked", StringComparison.Ordinal))
                {
                    var temp = file + ".weak-tmp";
                    System.IO.File.WriteAllBytes(temp, bytes);
                    // Delete, then move: a hard-linked output file must not write through to the NuGet cache.
                    System.IO.File.Delete(file);
                    System.IO.File.Move(temp, file);
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, $"{file}: {outcome} ({libStdCxx} lacks it)");
                }
            }

            return true;
        }
    }
#endif
}
