using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Slack;

/// <summary>
/// Socket Mode and the Web API methods the channel uses. Every envelope stays pending until acknowledged
/// and is sent again on the next connection, as Slack redelivers unacknowledged events.
/// </summary>
public sealed partial class FakeSlackServer : FakeServer
{
    public const string BotToken = "xoxb-test-bot";
    public const string AppToken = "xapp-test-app";
    public const string BotUserId = "U0BOT";
    public const string BotId = "B0BOT";

    private readonly Lock _lock = new();
    private readonly List<JsonObject> _pending = [];
    private FakeSocket? _current;
    private int _connectionsOpened;
    private int _userLookups;

    public Channel<string> Acks { get; } = Channel.CreateUnbounded<string>();

    public Channel<(string Channel, string Text)> Posted { get; } = Channel.CreateUnbounded<(string, string)>();

    public Channel<int> Connected { get; } = Channel.CreateUnbounded<int>();

    /// <summary>Answers chat.postMessage with this error when set.</summary>
    public string? PostError { get; set; }

    public int ConnectionsOpened => _connectionsOpened;

    public int UserLookups => _userLookups;

    /// <summary>Wraps an event in an events_api envelope and sends it; returns the envelope id.</summary>
    public async Task<string> PushEventAsync(JsonObject evt)
    {
        var id = Guid.NewGuid().ToString();
        var envelope = new JsonObject
        {
            ["envelope_id"] = id,
            ["payload"] = new JsonObject
            {
                ["token"] = "verification-token", ["team_id"] = "T0TEAM", ["api_app_id"] = "A0APP",
                ["event"] = evt, ["type"] = "event_callback", ["event_id"] = "Ev" + id[..8], ["event_time"] = 1731400000,
            },
            ["type"] = "events_api",
            ["accepts_response_payload"] = false,
            ["retry_attempt"] = 0,
            ["retry_reason"] = "",
        };
        FakeSocket? current;
        lock (_lock)
        {
            _pending.Add(envelope);
            current = _current;
        }

        if (current is not null)
        {
            await current.SendAsync(envelope.ToJsonString());
        }

        return id;
    }

    public Task SendRawAsync(string frame) => _current!.SendAsync(frame);

    public Task SendDisconnectAsync() =>
        SendRawAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-fake"}}""");

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
        app.MapPost("/api/auth.test", (HttpContext context) => Bearer(context) == BotToken
            ? Ok(new JsonObject { ["url"] = "https://fake.slack.com/", ["team"] = "Fake", ["user"] = "andy", ["team_id"] = "T0TEAM", ["user_id"] = BotUserId, ["bot_id"] = BotId })
            : Error("invalid_auth"));
        app.MapPost("/api/apps.connections.open", (HttpContext context) =>
        {
            if (Bearer(context) != AppToken)
            {
                return Error("not_allowed_token_type");
            }

            var ticket = Interlocked.Increment(ref _connectionsOpened);
            return Ok(new JsonObject { ["url"] = $"ws://{BaseUri.Authority}/link/?ticket={ticket}" });
        });
        app.MapPost("/api/chat.postMessage", (Delegate)PostMessageAsync);
        app.MapPost("/api/users.info", (Delegate)UsersInfoAsync);
        app.MapPost("/api/conversations.info", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            return Bearer(context) != BotToken
                ? Error("invalid_auth")
                : Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = form["channel"].ToString(), ["name"] = "general", ["is_channel"] = true } });
        });
        app.Map("/link", LinkAsync);
    }

    private static string? Bearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;

    private static IResult Ok(JsonObject body)
    {
        body["ok"] = true;
        return Results.Json(body);
    }

    private static IResult Error(string error) => Results.Json(new JsonObject { ["ok"] = false, ["error"] = error });

    private async Task<IResult> PostMessageAsync(HttpContext context)
    {
        if (Bearer(context) != BotToken)
        {
            return Error("invalid_auth");
        }

        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        var channel = document.RootElement.GetProperty("channel").GetString()!;
        var text = document.RootElement.GetProperty("text").GetString()!;
        if (PostError is { } error)
        {
            return Error(error);
        }

        Posted.Writer.TryWrite((channel, text));
        return Ok(new JsonObject { ["channel"] = channel, ["ts"] = "1731400001.000100", ["message"] = new JsonObject { ["text"] = text } });
    }

    private async Task<IResult> UsersInfoAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        Interlocked.Increment(ref _userLookups);
        var id = form["user"].ToString();
        return Bearer(context) != BotToken
            ? Error("invalid_auth")
            : Ok(new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = id, ["name"] = "alice", ["real_name"] = "Alice Liddell",
                    ["profile"] = new JsonObject { ["display_name"] = "ally", ["real_name"] = "Alice Liddell" },
                },
            });
    }
}
