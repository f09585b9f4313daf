using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Discord;

/// <summary>
/// Gateway v10 and the REST routes the channel uses. The gateway says hello, answers identify with READY,
/// resume with a replay of missed dispatches and RESUMED (or op 9 when <see cref="RefuseResume"/>), and
/// acknowledges heartbeats. Dispatches are numbered and kept, as Discord keeps them for resuming.
/// </summary>
public sealed partial class FakeDiscordServer : FakeServer
{
    public const string Token = "discord-test-token";
    public const string BotId = "900000000000000001";

    private readonly Lock _lock = new();
    private readonly List<JsonObject> _dispatched = [];
    private long _sequence;
    private int _sessions;
    private FakeSocket? _current;

    public int HeartbeatIntervalMs { get; set; } = 45000;

    public bool RefuseResume { get; set; }

    /// <summary>Leaves heartbeats unacknowledged, as a half-dead connection would.</summary>
    public bool SilenceHeartbeats { get; set; }

    public Channel<JsonElement> Identifies { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<JsonElement> Resumes { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<JsonElement> Heartbeats { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<(string ChannelId, string Content)> Created { get; } = Channel.CreateUnbounded<(string, string)>();

    public Channel<string> Typing { get; } = Channel.CreateUnbounded<string>();

    public Dictionary<string, byte[]> CdnFiles { get; } = [];

    /// <summary>How many create-message calls are answered 429 before one succeeds.</summary>
    public int RateLimitNext { get; set; }

    public string SessionId => $"session-{_sessions}";

    /// <summary>Numbers a dispatch and sends it to the connected client, or keeps it for a resume when none is.</summary>
    public async Task DispatchAsync(string type, JsonObject data)
    {
        FakeSocket? current;
        JsonObject payload;
        lock (_lock)
        {
            payload = new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = ++_sequence, ["d"] = data };
            _dispatched.Add(payload);
            current = _current;
        }

        if (current is not null)
        {
            await current.SendAsync(payload.ToJsonString());
        }
    }

    public Task SendRawAsync(string frame) => _current!.SendAsync(frame);

    public Task CloseAsync(int code) => _current!.CloseAsync(code, "closed by the fake gateway");

    /// <summary>Cuts the connection without a close handshake, as a network failure would.</summary>
    public void Drop()
    {
        FakeSocket? current;
        lock (_lock)
        {
            current = _current;
            _current = null;
        }

        current?.Abort();
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) => Authorized(context)
            ? Results.Json(new JsonObject { ["url"] = GatewayUrl(), ["shards"] = 1 })
            : Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401));
        app.MapGet("/api/v10/channels/{channelId}", (HttpContext context, string channelId) => Authorized(context)
            ? Results.Json(new JsonObject { ["id"] = channelId, ["type"] = 0, ["guild_id"] = "1000000000000000000", ["name"] = "general" })
            : Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401));
        app.MapPost("/api/v10/channels/{channelId}/messages", CreateMessageAsync);
        app.MapPost("/api/v10/channels/{channelId}/typing", (string channelId) =>
        {
            Typing.Writer.TryWrite(channelId);
            return Results.NoContent();
        });
        app.MapGet("/cdn/{name}", (string name) => CdnFiles.TryGetValue(name, out var bytes) ? Results.Bytes(bytes) : Results.NotFound());
        app.Map("/gateway", GatewayAsync);
    }

    private string GatewayUrl() => "ws://" + BaseUri.Authority + "/gateway";

    private static bool Authorized(HttpContext context) => context.Request.Headers.Authorization == "Bot " + Token;

    private async Task<IResult> CreateMessageAsync(HttpContext context, string channelId)
    {
        if (!Authorized(context))
        {
            return Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401);
        }

        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        if (RateLimitNext > 0)
        {
            RateLimitNext--;
            context.Response.Headers.RetryAfter = "1";
            return Results.Json(new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = 0.05, ["global"] = false }, statusCode: 429);
        }

        var content = document.RootElement.GetProperty("content").GetString()!;
        Created.Writer.TryWrite((channelId, content));
        return Results.Json(new JsonObject { ["id"] = "1", ["channel_id"] = channelId, ["content"] = content });
    }

    private static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
