using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>Retries of a failed agent run: delay = min(max-delay, base-delay·2ⁿ)·(1 + random·random-factor).</summary>
public sealed class RetryOptions
{
    [ConfigurationKeyName("base-delay")]
    [DurationRange("10ms", "1h")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [ConfigurationKeyName("max-delay")]
    [DurationRange("10ms", "1d")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    [ConfigurationKeyName("max-retries")]
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 5;

    [ConfigurationKeyName("random-factor")]
    [Range(0.0, 1.0)]
    public double RandomFactor { get; set; } = 0.2;
}
