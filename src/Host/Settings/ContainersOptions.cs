using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>Agent containers: image, concurrency, timeouts and resource limits.</summary>
public sealed class ContainersOptions
{
    [Required]
    public string Image { get; set; } = "nanoclaw-agent:latest";

    /// <summary>Docker Engine endpoint (<c>unix://</c> socket path).</summary>
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

    [AllowedValues("none", "bridge")]
    public string Network { get; set; } = "none";

    [ConfigurationKeyName("max-output")]
    [ByteSizeRange("1k", "1g")]
    public ByteSize MaxOutput { get; set; } = ByteSize.Parse("10m");
}
