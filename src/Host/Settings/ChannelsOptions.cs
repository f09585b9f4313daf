using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Settings;

/// <summary>
/// One block per chat platform, and the retry and reconnect timing all channels share. Only the built-in
/// web chat is on by default.
/// </summary>
public sealed class ChannelsOptions
{
    /// <summary>Tries per outbound message part before it is reported as failed.</summary>
    [ConfigurationKeyName("send-attempts")]
    [Range(1, 100)]
    public int SendAttempts { get; set; } = 5;

    [ConfigurationKeyName("send-retry-base-delay")]
    [DurationRange("10ms", "1h")]
    public TimeSpan SendRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [ConfigurationKeyName("send-retry-max-delay")]
    [DurationRange("10ms", "1d")]
    public TimeSpan SendRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    [ConfigurationKeyName("reconnect-base-delay")]
    [DurationRange("10ms", "1h")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [ConfigurationKeyName("reconnect-max-delay")]
    [DurationRange("10ms", "1d")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one connection attempt, handshake included, may take before it counts as failed.</summary>
    [ConfigurationKeyName("connect-timeout")]
    [DurationRange("1s", "10m")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest attachment downloaded into a group's folder; larger ones are only described.</summary>
    [ConfigurationKeyName("max-attachment-size")]
    [ByteSizeRange("1k", "2g")]
    public ByteSize MaxAttachmentSize { get; set; } = ByteSize.Parse("20m");

    public WebChannelOptions Web { get; set; } = new();

    public TelegramChannelOptions Telegram { get; set; } = new();

    public SlackChannelOptions Slack { get; set; } = new();

    public DiscordChannelOptions Discord { get; set; } = new();

    public WhatsAppChannelOptions WhatsApp { get; set; } = new();
}
