using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// Everything under <c>nanoclaw { … }</c> in <c>HOCON.conf</c>. The defaults here mirror that file,
/// which is where they are documented; HOCON keys are kebab-case and map to properties through
/// <see cref="ConfigurationKeyNameAttribute"/>.
/// </summary>
public sealed class NanoClawOptions
{
    public const string SectionName = "nanoclaw";

    [ConfigurationKeyName("assistant-name")]
    [Required]
    public string AssistantName { get; set; } = "Andy";

    /// <summary>The word that wakes the assistant in groups other than main.</summary>
    [Required]
    public string Trigger { get; set; } = "@Andy";

    /// <summary>IANA zone for schedules and timestamps; empty means the machine's zone.</summary>
    [TimeZoneId]
    public string Timezone { get; set; } = string.Empty;

    [ConfigurationKeyName("data-dir")]
    [Required]
    public string DataDir { get; set; } = "data";

    [ConfigurationKeyName("groups-dir")]
    [Required]
    public string GroupsDir { get; set; } = "groups";

    [ConfigurationKeyName("shutdown-timeout")]
    [DurationRange("1s", "1m")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public HttpOptions Http { get; set; } = new();

    public LoggingOptions Logging { get; set; } = new();

    public ContainersOptions Containers { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    public GroupsOptions Groups { get; set; } = new();

    public PersistenceOptions Persistence { get; set; } = new();

    public ModelOptions Model { get; set; } = new();

    public AgentOptions Agent { get; set; } = new();

    public ChannelsOptions Channels { get; set; } = new();

    /// <summary>The configured zone, or the machine's zone when <see cref="Timezone"/> is empty.</summary>
    public TimeZoneInfo ResolveTimeZone() =>
        string.IsNullOrWhiteSpace(Timezone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(Timezone);

    /// <summary>Makes relative directories absolute against the folder of the configuration file.</summary>
    public void ResolvePaths(string baseDirectory)
    {
        DataDir = Resolve(DataDir, baseDirectory);
        GroupsDir = Resolve(GroupsDir, baseDirectory);
    }

    private static string Resolve(string path, string baseDirectory) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, baseDirectory);
}
