using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// The Anthropic Messages API as a node's model proxy sees it, on 127.0.0.1: every
/// <c>POST /v1/messages</c> is recorded and answered with <c>Fake reply #n</c> and usage numbers,
/// streamed when the request asks for a stream and as one JSON message otherwise.
/// </summary>
internal sealed class FakeAnthropicApi : IAsyncDisposable
{
    public const int InputTokens = 120;
    public const int OutputTokens = 9;

    private readonly WebApplication _app;
    private int _calls;

    private FakeAnthropicApi(WebApplication app)
    {
        _app = app;
        BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(IReadOnlyDictionary<string, string> Headers, string Body)> Requests { get; } = new();

    public static async Task<FakeAnthropicApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeAnthropicApi? self = null;
        app.MapPost("/v1/messages", context => self!.AnswerAsync(context));
        await app.StartAsync();
        self = new FakeAnthropicApi(app);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue((context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
        var text = string.Create(CultureInfo.InvariantCulture, $"Fake reply #{Interlocked.Increment(ref _calls)}");
        using var request = JsonDocument.Parse(body);
        var model = request.RootElement.TryGetProperty("model", out var name) ? name.GetString() : "claude-fake";
        if (!request.RootElement.TryGetProperty("stream", out var stream) || !stream.GetBoolean())
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id = "msg_fake", type = "message", role = "assistant", model, content = new[] { new { type = "text", text } },
                stop_reason = "end_turn", stop_sequence = (string?)null, usage = new { input_tokens = InputTokens, output_tokens = OutputTokens },
            }, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        foreach (var (type, data) in Events(model, text))
        {
            await context.Response.WriteAsync($"event: {type}\ndata: {JsonSerializer.Serialize(data)}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static IEnumerable<(string Type, object Data)> Events(string? model, string text)
    {
        yield return ("message_start", new
        {
            type = "message_start",
            message = new
            {
                id = "msg_fake", type = "message", role = "assistant", model, content = Array.Empty<object>(), stop_reason = (string?)null,
                stop_sequence = (string?)null, usage = new { input_tokens = InputTokens, output_tokens = 1 },
            },
        });
        yield return ("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } });
        yield return ("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text } });
        yield return ("content_block_stop", new { type = "content_block_stop", index = 0 });
        yield return ("message_delta", new
        {
            type = "message_delta", delta = new { stop_reason = "end_turn", stop_sequence = (string?)null }, usage = new { output_tokens = OutputTokens },
        });
        yield return ("message_stop", new { type = "message_stop" });
    }
}
