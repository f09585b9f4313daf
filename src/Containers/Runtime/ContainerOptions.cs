namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Container settings (bound from <c>HOCON.conf</c> by the host). Every default is stated on its
/// property and chosen so that an agent container is useful but contained.
/// </summary>
public sealed record ContainerOptions
{
    /// <summary>The agent image. The default is <c>nanoclaw-agent:latest</c>.</summary>
    public string Image { get; init; } = "nanoclaw-agent:latest";

    /// <summary>Memory limit (swap included, so no swap). The default is 2 GiB, as in HOCON.conf.</summary>
    public long MemoryBytes { get; init; } = 2L << 30;

    /// <summary>CPU quota in CPUs. The default is 1.</summary>
    public double Cpus { get; init; } = 1.0;

    /// <summary>Most processes and threads at once. The default is 512, as in HOCON.conf.</summary>
    public long PidsLimit { get; init; } = 512;

    /// <summary>Size of the writable tmpfs <c>/tmp</c>. The default is 256 MiB.</summary>
    public long TmpfsBytes { get; init; } = 256L << 20;

    /// <summary>
    /// <c>none</c> or the name of a user-defined network a group opted into; <c>host</c> and
    /// <c>container:…</c> are refused. The default is <c>none</c>.
    /// </summary>
    public string NetworkMode { get; init; } = "none";

    /// <summary>The user the agent runs as. The default is <c>1000:1000</c> (the image's <c>agent</c>).</summary>
    public string User { get; init; } = "1000:1000";

    /// <summary>Kill the container after this long without output. The default is 30 minutes.</summary>
    public TimeSpan NoOutputTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stop waits after SIGTERM before SIGKILL. The default is 10 seconds.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Size at which a run's log file is rotated. The default is 10 MiB.</summary>
    public long LogMaxBytes { get; init; } = 10L << 20;

    /// <summary>Rotated files kept per run (<c>.1</c> … <c>.N</c>). The default is 3.</summary>
    public int LogFilesKept { get; init; } = 3;
}
