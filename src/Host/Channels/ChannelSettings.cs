using NanoClaw.Channels.Common;
using NanoClaw.Channels.Registry;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Channels;

/// <summary>Maps the <c>nanoclaw.channels</c> block onto what the channel registry and the adapters take.</summary>
public static class ChannelSettings
{
    /// <summary>The platform blocks; a disabled platform is left out. The web chat is the node's own.</summary>
    public static ChannelsConfiguration Configuration(ChannelsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var telegram = options.Telegram;
        var slack = options.Slack;
        var discord = options.Discord;
        var whatsApp = options.WhatsApp;
        return new ChannelsConfiguration
        {
            Telegram = telegram.Enabled
                ? new TelegramConfiguration(true, telegram.BotToken, new Uri(telegram.BaseUrl)) { PollTimeout = telegram.PollTimeout }
                : null,
            Slack = slack.Enabled ? new SlackConfiguration(true, slack.BotToken, slack.AppToken, new Uri(slack.BaseUrl)) : null,
            Discord = discord.Enabled ? new DiscordConfiguration(true, discord.BotToken, new Uri(discord.BaseUrl)) : null,
            WhatsApp = whatsApp.Enabled
                ? new WhatsAppConfiguration(true, whatsApp.AccessToken, whatsApp.PhoneNumberId, whatsApp.AppSecret, whatsApp.VerifyToken, new Uri(whatsApp.BaseUrl))
                : null,
        };
    }

    public static ChannelTimings Timings(ChannelsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChannelTimings
        {
            SendAttempts = options.SendAttempts,
            SendRetryBaseDelay = options.SendRetryBaseDelay,
            SendRetryMaxDelay = options.SendRetryMaxDelay,
            ReconnectBaseDelay = options.ReconnectBaseDelay,
            ReconnectMaxDelay = options.ReconnectMaxDelay,
            ConnectTimeout = options.ConnectTimeout,
            MaxAttachmentBytes = options.MaxAttachmentSize.Bytes,
        };
    }
}
