using System.Text.Json;
using System.Text.Json.Nodes;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Discord;

/// <summary>
/// Discord over Gateway v10 (inbound) and REST (outbound). Chat ids are <c>discord:&lt;channel id&gt;</c>.
/// After a drop the channel resumes its session with the last sequence it handled, so events missed in
/// between are replayed; an invalid session starts afresh with identify.
/// </summary>
public sealed partial class DiscordChannel : ChannelBase
{
    private readonly DiscordSettings _settings;
    private readonly DiscordRest _rest;
    private readonly Random _random;
    private readonly AttachmentDownloader _downloader;
    private WebSocketConnection? _socket;
    private TimeSpan _heartbeatInterval;
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;
    private string? _botUserId;

    /// <param name="settings">Token, REST root and intents.</param>
    /// <param name="context">Sink, timings, clock and logging.</param>
    /// <param name="http">Client for REST calls and attachment downloads.</param>
    /// <param name="random">Source of the first heartbeat's jitter.</param>
    public DiscordChannel(DiscordSettings settings, ChannelContext context, HttpClient http, Random random)
        : base("discord", ChatIds.Discord, MessageSplitter.DiscordLimit, context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _rest = new DiscordRest(http, settings);
        _random = random;
        _downloader = new AttachmentDownloader(http, context.Timings.MaxAttachmentBytes, Logger);
    }

    public override bool SupportsTyping => true;

    /// <summary>The gateway session being resumed after a drop, if any.</summary>
    public string? SessionId => _sessionId;

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        var resuming = _sessionId is not null && _resumeUrl is not null;
        var gateway = resuming ? _resumeUrl! : await _rest.GatewayUrlAsync(cancellationToken).ConfigureAwait(false);
        var socket = await WebSocketConnection.ConnectAsync(WithQuery(gateway), cancellationToken).ConfigureAwait(false);
        _socket = socket;
        var hello = await ReceivePayloadAsync(socket, cancellationToken).ConfigureAwait(false);
        if (hello?.Int("op") != DiscordOpcode.Hello || hello.Value.Obj("d")?.Long("heartbeat_interval") is not { } interval)
        {
            throw new InvalidOperationException("the gateway did not say hello");
        }

        _heartbeatInterval = TimeSpan.FromMilliseconds(interval);
        var start = resuming ? Resume() : Identify();
        await socket.SendAsync(start.ToJsonString(), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _socket, null) is { } socket)
        {
            // A normal close (1000) would end the session on Discord's side; aborting keeps it resumable.
            socket.Abort();
            await socket.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected override Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken) =>
        _rest.CreateMessageAsync(platformChatId, text, cancellationToken);

    protected override Task TypingAsync(string platformChatId, bool isTyping, CancellationToken cancellationToken) =>
        isTyping ? _rest.TriggerTypingAsync(platformChatId, cancellationToken) : Task.CompletedTask;

    private JsonObject Identify() => new()
    {
        ["op"] = DiscordOpcode.Identify,
        ["d"] = new JsonObject
        {
            ["token"] = _settings.BotToken,
            ["intents"] = _settings.Intents,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString(), ["browser"] = "nanoclaw", ["device"] = "nanoclaw" },
        },
    };

    private JsonObject Resume() => new()
    {
        ["op"] = DiscordOpcode.Resume,
        ["d"] = new JsonObject { ["token"] = _settings.BotToken, ["session_id"] = _sessionId, ["seq"] = _sequence },
    };

    private static Uri WithQuery(Uri gateway) =>
        new(gateway.ToString().TrimEnd('/') + "/?v=10&encoding=json");

    private async Task<JsonElement?> ReceivePayloadAsync(WebSocketConnection socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = await socket.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                ChannelLog.Malformed(Logger, Name, "gateway frame is not JSON: " + ex.Message);
            }
        }
    }
}
