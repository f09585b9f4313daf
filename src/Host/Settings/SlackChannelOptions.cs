using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

public sealed class SlackChannelOptions : ChannelOptions
{
    [ConfigurationKeyName("bot-token")]
    public string? BotToken { get; set; }

    /// <summary>The app-level token for Socket Mode.</summary>
    [ConfigurationKeyName("app-token")]
    public string? AppToken { get; set; }

    [ConfigurationKeyName("base-url")]
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://slack.com/api";
}
