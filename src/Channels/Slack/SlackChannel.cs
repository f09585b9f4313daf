using System.Text.Json;
using System.Text.Json.Nodes;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Slack;

/// <summary>
/// Slack in Socket Mode (inbound over a WebSocket opened with the app token) and the Web API (outbound with
/// the bot token). Chat ids are <c>slack:&lt;channel id&gt;</c>. An envelope is acknowledged once its message
/// was stored; Slack redelivers envelopes left unacknowledged, and the sink dedupes by message id.
/// </summary>
public sealed class SlackChannel : ChannelBase
{
    private readonly SlackWebApi _api;
    private readonly SlackUserNames _names;
    private readonly SlackChannelNames _channelNames;
    private WebSocketConnection? _socket;
    private string? _botUserId;
    private string? _botId;

    public SlackChannel(SlackSettings settings, ChannelContext context, HttpClient http)
        : base("slack", ChatIds.Slack, MessageSplitter.SlackLimit, context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _api = new SlackWebApi(http, settings);
        _names = new SlackUserNames(_api);
        _channelNames = new SlackChannelNames(_api);
    }

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_botUserId is null)
        {
            var me = await _api.AsBotAsync("auth.test", null, cancellationToken).ConfigureAwait(false);
            _botUserId = me.Str("user_id");
            _botId = me.Str("bot_id");
        }

        // Each socket URL is good for one connection; every reconnect asks for a new one.
        var open = await _api.AsAppAsync("apps.connections.open", cancellationToken).ConfigureAwait(false);
        var url = open.Str("url") ?? throw new SlackApiException("apps.connections.open gave no url");
        var socket = await WebSocketConnection.ConnectAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        _socket = socket;
        var hello = await ReceiveEnvelopeAsync(socket, cancellationToken).ConfigureAwait(false);
        if (hello?.Str("type") != "hello")
        {
            throw new InvalidOperationException("the socket did not say hello");
        }
    }

    protected override async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _socket, null) is { } socket)
        {
            await socket.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override async Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _api.AsBotAsync("chat.postMessage", new { channel = platformChatId, text }, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            throw new SendRejectedException("Slack chat.postMessage: " + ex.Error);
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("not connected");
        while (await ReceiveEnvelopeAsync(socket, cancellationToken).ConfigureAwait(false) is { } envelope)
        {
            switch (envelope.Str("type"))
            {
                case "hello":
                    break;
                case "disconnect":
                    SlackLog.DisconnectRequested(Logger, envelope.Str("reason") ?? "unknown");
                    return;
                case "events_api":
                    await HandleEventAsync(socket, envelope, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await AcknowledgeAsync(socket, envelope, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task HandleEventAsync(WebSocketConnection socket, JsonElement envelope, CancellationToken cancellationToken)
    {
        if (envelope.Obj("payload")?.Obj("event") is not { } evt)
        {
            ChannelLog.Malformed(Logger, Name, "events_api envelope without payload.event");
            await AcknowledgeAsync(socket, envelope, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (SlackEventReader.Read(evt, _botUserId, _botId) is { } incoming)
        {
            var name = await _names.NameOfAsync(incoming.Message.SenderId, cancellationToken).ConfigureAwait(false);
            var message = incoming.Message with
            {
                SenderName = name,
                Text = incoming.Mention ? TriggerText.Prepend(incoming.Message.Text, Context.AssistantName) : incoming.Message.Text,
            };

            // Throws when the sink could not store it: no ack, so Slack sends the envelope again.
            var chatName = message.IsGroup
                ? await _channelNames.NameOfAsync(ChatIds.PlatformId(message.ChatId, Prefix), cancellationToken).ConfigureAwait(false)
                : name;
            await ReportAsync(message, chatName, cancellationToken).ConfigureAwait(false);
        }

        await AcknowledgeAsync(socket, envelope, cancellationToken).ConfigureAwait(false);
    }

    private static Task AcknowledgeAsync(WebSocketConnection socket, JsonElement envelope, CancellationToken cancellationToken) =>
        envelope.Str("envelope_id") is { } id
            ? socket.SendAsync(new JsonObject { ["envelope_id"] = id }.ToJsonString(), cancellationToken)
            : Task.CompletedTask;

    private async Task<JsonElement?> ReceiveEnvelopeAsync(WebSocketConnection socket, CancellationToken cancellationToken)
    {
        while (await socket.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                ChannelLog.Malformed(Logger, Name, "socket frame is not JSON: " + ex.Message);
            }
        }

        return null;
    }
}
