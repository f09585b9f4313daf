using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>How groups are kept in memory.</summary>
public sealed class GroupsOptions
{
    /// <summary>A group with nothing to do (no pending work, no run, no undelivered reply) is stopped after this long and recovered when it is needed again.</summary>
    [ConfigurationKeyName("sleep-after")]
    [DurationRange("1s", "7d")]
    public TimeSpan SleepAfter { get; set; } = TimeSpan.FromMinutes(10);
}
