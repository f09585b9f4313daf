using NanoClaw.Channels.Common;
using NanoClaw.Channels.Discord;
using NanoClaw.Channels.Slack;
using NanoClaw.Channels.Telegram;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Channels.Registry;

/// <summary>
/// Builds every platform channel that is enabled and has its credentials, and routes a chat id to the
/// channel that owns it. An enabled channel without credentials is not built; it becomes a startup warning
/// naming the environment variables to set, never an exception.
/// </summary>
public sealed class ChannelRegistry : IAsyncDisposable
{
    private readonly List<IChannel> _channels;

    private ChannelRegistry(List<IChannel> channels, List<string> warnings, WhatsAppWebhook? webhook)
    {
        _channels = channels;
        Warnings = warnings;
        WhatsAppWebhook = webhook;
    }

    public IReadOnlyList<IChannel> Channels => _channels;

    /// <summary>One line per enabled channel that could not be built, for the startup log.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The handler for the node's HTTP server to map, when WhatsApp runs.</summary>
    public WhatsAppWebhook? WhatsAppWebhook { get; }

    /// <param name="configuration">Which platforms are on, with credentials from the environment.</param>
    /// <param name="context">Sink, assistant name, timings, clock, logging and attachment folders.</param>
    /// <param name="http">Shared client for every platform's HTTP calls.</param>
    /// <param name="offsets">Where platform cursors (Telegram's update offset) are kept.</param>
    /// <param name="random">Jitter for Discord's first heartbeat.</param>
    public static ChannelRegistry Create(
        ChannelsConfiguration configuration,
        ChannelContext context,
        HttpClient http,
        IOffsetStore offsets,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var channels = new List<IChannel>();
        var warnings = new List<string>();
        WhatsAppWebhook? webhook = null;
        if (configuration.Telegram is { Enabled: true } telegram
            && Credentials("telegram", warnings, ("TELEGRAM_BOT_TOKEN", telegram.BotToken)))
        {
            var settings = new TelegramSettings(telegram.BotToken!, telegram.BaseUrl) { PollTimeout = telegram.PollTimeout };
            channels.Add(new TelegramChannel(settings, context, http, offsets));
        }

        if (configuration.Slack is { Enabled: true } slack
            && Credentials("slack", warnings, ("SLACK_BOT_TOKEN", slack.BotToken), ("SLACK_APP_TOKEN", slack.AppToken)))
        {
            channels.Add(new SlackChannel(new SlackSettings(slack.BotToken!, slack.AppToken!, slack.BaseUrl), context, http));
        }

        if (configuration.Discord is { Enabled: true } discord
            && Credentials("discord", warnings, ("DISCORD_BOT_TOKEN", discord.BotToken)))
        {
            channels.Add(new DiscordChannel(new DiscordSettings(discord.BotToken!, discord.BaseUrl), context, http, random));
        }

        if (configuration.WhatsApp is { Enabled: true } whatsApp && Credentials(
            "whatsapp",
            warnings,
            ("WHATSAPP_ACCESS_TOKEN", whatsApp.AccessToken),
            ("WHATSAPP_PHONE_NUMBER_ID", whatsApp.PhoneNumberId),
            ("WHATSAPP_APP_SECRET", whatsApp.AppSecret),
            ("WHATSAPP_VERIFY_TOKEN", whatsApp.VerifyToken)))
        {
            var settings = new WhatsAppSettings(whatsApp.AccessToken!, whatsApp.PhoneNumberId!, whatsApp.BaseUrl, whatsApp.AppSecret!, whatsApp.VerifyToken!);
            var channel = new WhatsAppChannel(settings, context, http);
            webhook = channel.Webhook;
            channels.Add(channel);
        }

        return new ChannelRegistry(channels, warnings, webhook);
    }

    /// <summary>The channel owning the chat id, or null when no running channel does.</summary>
    public IChannel? ChannelFor(string chatId) => _channels.FirstOrDefault(channel => channel.OwnsChatId(chatId));

    /// <summary>
    /// Connects every channel. A channel whose first connect fails is left disconnected and named in the
    /// returned lines (its supervisor retries); the others run regardless.
    /// </summary>
    public async Task<IReadOnlyList<string>> ConnectAllAsync(CancellationToken cancellationToken)
    {
        var attempts = _channels.Select(async channel =>
        {
            try
            {
                await channel.ConnectAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return $"{channel.Name} could not connect: {ex.Message}";
            }
        });
        var results = await Task.WhenAll(attempts).ConfigureAwait(false);
        return [.. results.OfType<string>()];
    }

    public Task DisconnectAllAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_channels.Select(channel => channel.DisconnectAsync(cancellationToken)));

    public async ValueTask DisposeAsync() => await DisconnectAllAsync(CancellationToken.None).ConfigureAwait(false);

    private static bool Credentials(string channel, List<string> warnings, params (string Variable, string? Value)[] required)
    {
        var missing = required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Variable).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var variables = missing.Count == 1 ? missing[0] + " is" : string.Join(", ", missing[..^1]) + " and " + missing[^1] + " are";
        warnings.Add($"{channel} is enabled but {variables} not set; it stays off until {(missing.Count == 1 ? "it is" : "they are")} set");
        return false;
    }
}
