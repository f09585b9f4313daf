using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace NanoClaw.Host.Settings;

public sealed class DiscordChannelOptions : ChannelOptions
{
    [ConfigurationKeyName("bot-token")]
    public string? BotToken { get; set; }

    [ConfigurationKeyName("base-url")]
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://discord.com/api/v10";
}
