using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Tests.Agent;

namespace NanoClaw.Containers.Tests.ModelProxy;

public sealed class ModelProxyServerTests : IDisposable
{
    private const string RealKey = "sk-real-secret-key-0123456789";
    private const string AnthropicJson =
        """{"id":"m1","type":"message","role":"assistant","content":[{"type":"text","text":"hi"}],"stop_reason":"end_turn","usage":{"input_tokens":12,"output_tokens":3}}""";

    private readonly TempSocketDirectory _dir = new();
    private readonly ProxyTokenRegistry _tokens = new();
    private readonly TokenUsageLedger _ledger = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Forward_Anthropic_InjectsRealKeyAndStripsRunnerCredentials()
    {
        await using var upstream = await FakeUpstream.StartAsync(c => Json(c, 200, AnthropicJson));
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);
        var run = _tokens.Issue("family");
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = Post("/v1/messages", """{"model":"m","max_tokens":5,"messages":[]}""");
        request.Headers.Add("x-api-key", run.Token);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer runner-made-this-up");
        request.Headers.Add("Cookie", "session=1");

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AnthropicJson, text);
        var seen = Assert.Single(upstream.Requests);
        Assert.Equal("/v1/messages", seen.Path);
        Assert.Equal(RealKey, seen.Headers["x-api-key"]);
        Assert.Equal(ModelProxyOptions.DefaultAnthropicVersion, seen.Headers["anthropic-version"]);
        Assert.False(seen.Headers.ContainsKey("authorization"));
        Assert.False(seen.Headers.ContainsKey("cookie"));
        Assert.DoesNotContain(run.Token, string.Join("\n", seen.Headers.Values), StringComparison.Ordinal);
        Assert.DoesNotContain(RealKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, h => h.Value.Any(v => v.Contains(RealKey, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Forward_OpenAI_SendsKeyAsBearerToBaseUrlWithV1()
    {
        await using var upstream = await FakeUpstream.StartAsync(c => Json(c, 200, """{"choices":[],"usage":{"prompt_tokens":7,"completion_tokens":2}}"""));
        await using var proxy = await StartProxyAsync(UpstreamKind.OpenAI, new Uri(upstream.BaseUrl, "/v1"));
        var run = _tokens.Issue("family");
        run.BeginTurn();
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = Post("/v1/chat/completions", """{"model":"m","messages":[]}""");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {run.Token}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(upstream.Requests);
        Assert.Equal("/v1/chat/completions", seen.Path);
        Assert.Equal($"Bearer {RealKey}", seen.Headers["authorization"]);
        Assert.Equal([new TurnUsage("family", 1, 7, 2)], _ledger.ForGroup("family"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ncp-forged")]
    public async Task Forward_UnknownToken_Returns401WithoutCallingUpstream(string? token)
    {
        await using var upstream = await FakeUpstream.StartAsync(c => Json(c, 200, AnthropicJson));
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = Post("/v1/messages", "{}");
        if (token is not null)
        {
            request.Headers.Add("x-api-key", token);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("proxy token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task Forward_RevokedToken_Returns401()
    {
        await using var upstream = await FakeUpstream.StartAsync(c => Json(c, 200, AnthropicJson));
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);
        var run = _tokens.Issue("family");
        _tokens.Revoke(run.Token);
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = Post("/v1/messages", "{}");
        request.Headers.Add("x-api-key", run.Token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Forward_OtherPath_Returns404()
    {
        await using var upstream = await FakeUpstream.StartAsync(c => Json(c, 200, "{}"));
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);
        var run = _tokens.Issue("family");
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/models");
        request.Headers.Add("x-api-key", run.Token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(upstream.Requests);
    }

    [Theory]
    [InlineData(401, """{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""", "invalid x-api-key")]
    [InlineData(429, """{"type":"error","error":{"type":"rate_limit_error","message":"Number of requests has exceeded your rate limit"}}""", "exceeded your rate limit")]
    [InlineData(500, """{"type":"error","error":{"type":"api_error","message":"Internal server error"}}""", "Internal server error")]
    [InlineData(503, "upstream connect error", "upstream connect error")]
    public async Task Forward_UpstreamError_RelaysStatusAndUpstreamMessage(int status, string body, string expected)
    {
        await using var upstream = await FakeUpstream.StartAsync(c =>
        {
            c.Response.Headers.RetryAfter = "7";
            return Json(c, status, body);
        });
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl);

        using var response = await PostWithTokenAsync(proxy, "/v1/messages");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"error\"", text, StringComparison.Ordinal);
        Assert.Equal("7", response.Headers.RetryAfter?.ToString());
        Assert.DoesNotContain(RealKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_UpstreamRefusesConnection_Returns502WithReason()
    {
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, new Uri($"http://127.0.0.1:{ClosedPort()}"));

        using var response = await PostWithTokenAsync(proxy, "/v1/messages");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("unreachable", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_UpstreamTooSlow_Returns504()
    {
        var never = new TaskCompletionSource();
        await using var upstream = await FakeUpstream.StartAsync(_ => never.Task);
        await using var proxy = await StartProxyAsync(UpstreamKind.Anthropic, upstream.BaseUrl, TimeSpan.FromMilliseconds(200));

        using var response = await PostWithTokenAsync(proxy, "/v1/messages");
        never.SetResult();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("did not answer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    internal static HttpRequestMessage Post(string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private async Task<HttpResponseMessage> PostWithTokenAsync(ModelProxyServer proxy, string path)
    {
        var run = _tokens.Issue("family");
        using var client = UnixSocketHttp.Create(proxy.SocketPath);
        using var request = Post(path, """{"model":"m","max_tokens":5,"messages":[]}""");
        request.Headers.Add("x-api-key", run.Token);
        return await client.SendAsync(request);
    }

    private Task<ModelProxyServer> StartProxyAsync(UpstreamKind kind, Uri baseUrl, TimeSpan? timeout = null) =>
        ModelProxyServer.StartAsync(
            _dir.File("proxy.sock"),
            new ModelProxyOptions { Upstream = kind, BaseUrl = baseUrl, ApiKey = RealKey, UpstreamTimeout = timeout ?? TimeSpan.FromSeconds(30) },
            _tokens,
            _ledger,
            NullLoggerFactory.Instance,
            TimeProvider.System,
            CancellationToken.None);

    private static int ClosedPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
