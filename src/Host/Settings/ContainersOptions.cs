using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>Agent containers: image, concurrency, timeouts and resource limits.</summary>
public sealed class ContainersOptions
{
    [Required]
    public string Image { get; set; } = "nanoclaw-agent:latest";

    /// <summary>Docker Engine endpoint: <c>unix:///path</c>, or <c>tcp://host:port</c> for a socket proxy on this machine.</summary>
    [Required]
    public string Engine { get; set; } = "unix:///var/run/docker.sock";

    [ConfigurationKeyName("max-concurrent")]
    [Range(1, 100)]
    public int MaxConcurrent { get; set; } = 5;

    [ConfigurationKeyName("idle-timeout")]
    [DurationRange("1s", "1d")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    [ConfigurationKeyName("hard-timeout")]
    [DurationRange("10s", "1d")]
    public TimeSpan HardTimeout { get; set; } = TimeSpan.FromMinutes(30);

    [ByteSizeRange("64m", "1t")]
    public ByteSize Memory { get; set; } = ByteSize.Parse("2g");

    [Range(0.1, 256.0)]
    public double Cpus { get; set; } = 1.0;

    [ConfigurationKeyName("pids-limit")]
    [Range(16, 1_000_000)]
    public int PidsLimit { get; set; } = 512;

    [AllowedValues("none")]
    public string Network { get; set; } = "none";

    /// <summary>Size of the writable tmpfs at /tmp. The default is 256 MiB.</summary>
    [ConfigurationKeyName("tmp-size")]
    [ByteSizeRange("1m", "64g")]
    public ByteSize TmpSize { get; set; } = ByteSize.Parse("256m");

    /// <summary>Time between SIGTERM and SIGKILL when a container is stopped. The default is 10 seconds.</summary>
    [ConfigurationKeyName("stop-grace")]
    [DurationRange("0s", "5m")]
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Size at which a run's container log is rotated. The default is 10 MiB.</summary>
    [ConfigurationKeyName("log-max-size")]
    [ByteSizeRange("64k", "1g")]
    public ByteSize LogMaxSize { get; set; } = ByteSize.Parse("10m");

    /// <summary>Rotated log files kept per run. The default is 3.</summary>
    [ConfigurationKeyName("log-files-kept")]
    [Range(1, 100)]
    public int LogFilesKept { get; set; } = 3;

    [ConfigurationKeyName("max-output")]
    [ByteSizeRange("1k", "1g")]
    public ByteSize MaxOutput { get; set; } = ByteSize.Parse("10m");
}
