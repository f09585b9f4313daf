using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

public sealed class TelegramChannelOptions : ChannelOptions
{
    [ConfigurationKeyName("bot-token")]
    public string? BotToken { get; set; }

    [ConfigurationKeyName("base-url")]
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one getUpdates long poll waits for news.</summary>
    [ConfigurationKeyName("poll-timeout")]
    [DurationRange("1s", "50s")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);
}
