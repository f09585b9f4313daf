using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Telegram;

/// <summary>
/// The Bot API methods the channel uses: getMe, getUpdates (long poll honouring offset and timeout),
/// sendMessage (rejects unbalanced Markdown as Telegram does), sendChatAction, getFile and file downloads.
/// <see cref="Down"/> aborts every request, as a lost network would.
/// </summary>
public sealed class FakeTelegramServer : FakeServer
{
    public const string Token = "123456:test-token";
    public const long BotId = 123456;
    public const string BotUsername = "andy_test_bot";

    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];
    private TaskCompletionSource _news = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;

    public Channel<JsonElement> Sent { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<JsonElement> Actions { get; } = Channel.CreateUnbounded<JsonElement>();

    public Channel<long?> PolledOffsets { get; } = Channel.CreateUnbounded<long?>();

    public Dictionary<string, byte[]> Files { get; } = [];

    /// <summary>Answers every sendMessage with this error (code, description) when set.</summary>
    public (int Code, string Description)? RejectSends { get; set; }

    /// <summary>How many sendMessage calls are answered 429 with retry_after = 1 before one succeeds.</summary>
    public int RateLimitNext { get; set; }

    public bool Down { get; private set; }

    private int _getMeCalls;

    public int GetMeCalls => _getMeCalls;

    public long AddUpdate(JsonObject message)
    {
        lock (_lock)
        {
            var id = _nextUpdateId++;
            _updates.Add(new JsonObject { ["update_id"] = id, ["message"] = message });
            _news.TrySetResult();
            return id;
        }
    }

    public void AddRawUpdate(JsonObject update)
    {
        lock (_lock)
        {
            _updates.Add(update);
            _news.TrySetResult();
        }
    }

    public void SetDown(bool down)
    {
        lock (_lock)
        {
            Down = down;
            _news.TrySetResult();
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/bot{token}/{method}", HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (string token, string path) =>
            token == Token && Files.TryGetValue(path, out var bytes) ? Results.Bytes(bytes) : Results.NotFound());
    }

    private async Task<IResult> HandleAsync(HttpContext context, string token, string method)
    {
        if (Down)
        {
            context.Abort();
            return Results.Empty;
        }

        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        // Methods without parameters (getMe) come with no body at all, as the Bot API allows.
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        var body = document.RootElement.Clone();
        return method switch
        {
            "getMe" => GetMe(),
            "getUpdates" => await GetUpdatesAsync(context, body),
            "sendMessage" => SendMessage(body),
            "sendChatAction" => Record(Actions, body),
            "getFile" => Ok(new JsonObject { ["file_id"] = body.GetProperty("file_id").GetString(), ["file_path"] = "photos/" + body.GetProperty("file_id").GetString() + ".jpg" }),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    private async Task<IResult> GetUpdatesAsync(HttpContext context, JsonElement body)
    {
        long? offset = body.TryGetProperty("offset", out var o) ? o.GetInt64() : null;
        PolledOffsets.Writer.TryWrite(offset);
        var timeout = TimeSpan.FromSeconds(body.TryGetProperty("timeout", out var t) ? t.GetInt32() : 0);
        var deadline = Task.Delay(timeout, context.RequestAborted);
        while (true)
        {
            Task news;
            JsonArray pending;
            lock (_lock)
            {
                if (Down)
                {
                    context.Abort();
                    return Results.Empty;
                }

                pending = [.. _updates.Where(u => offset is null || u["update_id"]!.GetValue<long>() >= offset).Select(u => u.DeepClone())];
                news = _news.Task;
                if (pending.Count == 0)
                {
                    _news = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    news = _news.Task;
                }
            }

            if (pending.Count > 0 || await Task.WhenAny(news, deadline) == deadline)
            {
                return Ok(pending);
            }
        }
    }

    private IResult SendMessage(JsonElement body)
    {
        if (RateLimitNext > 0)
        {
            RateLimitNext--;
            return Results.Json(
                new JsonObject
                {
                    ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after 1",
                    ["parameters"] = new JsonObject { ["retry_after"] = 1 },
                },
                statusCode: 429);
        }

        if (RejectSends is { } reject)
        {
            Sent.Writer.TryWrite(body);
            return Error(reject.Code, reject.Description);
        }

        var text = body.GetProperty("text").GetString() ?? string.Empty;
        if (body.TryGetProperty("parse_mode", out _) && text.Count(c => c == '*') % 2 == 1)
        {
            return Error(400, "Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 0");
        }

        Sent.Writer.TryWrite(body);
        return Ok(new JsonObject { ["message_id"] = 1, ["text"] = text });
    }

    private static IResult Record(Channel<JsonElement> channel, JsonElement body)
    {
        channel.Writer.TryWrite(body);
        return Ok(true);
    }

    private IResult GetMe()
    {
        Interlocked.Increment(ref _getMeCalls);
        return Ok(Me());
    }

    private static JsonObject Me() => new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Andy", ["username"] = BotUsername };

    private static IResult Ok(JsonNode? result) =>
        Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);
}
