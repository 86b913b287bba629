namespace CryptoSmartTrader.Kernel;

/// <summary>How to run the Jupyter kernel.</summary>
public sealed class KernelOptions
{
    /// <summary>The connection file Jupyter wrote (ports and signing key).</summary>
    public required string ConnectionFile { get; init; }

    /// <summary>Where cells resolve relative paths (#load, #r); Jupyter starts kernels in the notebook's folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Diagnostics (rejected messages, start-up); Jupyter shows a kernel's stderr in its log.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
