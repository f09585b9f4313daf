using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Tests.Agent;

namespace NanoClaw.Containers.Tests.ModelProxy;

public sealed class ModelProxyStreamingTests : IDisposable
{
    private readonly TempSocketDirectory _dir = new();
    private readonly ProxyTokenRegistry _tokens = new();
    private readonly TokenUsageLedger _ledger = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Forward_AnthropicStream_FirstChunkArrivesBeforeUpstreamFinishesAndUsageIsRecorded()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var upstream = await FakeUpstream.StartAsync(async c =>
        {
            c.Response.ContentType = "text/event-stream";
            await c.Response.WriteAsync("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n");
            await c.Response.Body.FlushAsync();
            await release.Task;
            await c.Response.WriteAsync("event: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":15}}\n\n");
            await c.Response.WriteAsync("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        });
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);
        var run = _tokens.Issue("family");
        run.BeginTurn();
        run.BeginTurn();
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = ModelProxyServerTests.Post("/v1/messages", """{"stream":true}""");
        request.Headers.Add("x-api-key", run.Token);

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await reader.ReadLineAsync();
        var second = await reader.ReadLineAsync();
        Assert.False(release.Task.IsCompleted);
        release.SetResult();
        var rest = await reader.ReadToEndAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("event: message_start", first);
        Assert.Contains("input_tokens", second, StringComparison.Ordinal);
        Assert.Contains("message_stop", rest, StringComparison.Ordinal);
        Assert.Equal([new TurnUsage("family", 2, 25, 15)], _ledger.ForGroup("family"));
    }

    [Fact]
    public async Task Forward_OpenAIStream_AsksForUsageAndRecordsIt()
    {
        await using var upstream = await FakeUpstream.StartAsync(async c =>
        {
            c.Response.ContentType = "text/event-stream";
            await c.Response.WriteAsync("data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n");
            await c.Response.WriteAsync("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4}}\n\n");
            await c.Response.WriteAsync("data: [DONE]\n\n");
        });
        await using var proxy = await StartProxyAsync(UpstreamKind.OpenAI, upstream.BaseUrl);
        var run = _tokens.Issue("work");
        run.BeginTurn();
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = ModelProxyServerTests.Post("/v1/chat/completions", """{"model":"m","stream":true,"messages":[]}""");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + run.Token);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("[DONE]", body, StringComparison.Ordinal);
        Assert.Contains("\"include_usage\":true", Assert.Single(upstream.Requests).Body, StringComparison.Ordinal);
        Assert.Equal([new TurnUsage("work", 1, 9, 4)], _ledger.ForGroup("work"));
    }

    private Task<ModelProxyServer> StartProxyAsync(UpstreamKind kind, Uri baseUrl) =>
        ModelProxyServer.StartAsync(
            _dir.File("proxy.sock"),
            new ModelProxyOptions { Upstream = kind, BaseUrl = baseUrl, ApiKey = "sk-real" },
            _tokens,
            _ledger,
            NullLoggerFactory.Instance,
            TimeProvider.System,
            CancellationToken.None);
}
