using System.Text.Json;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tests.Models;

public class AnthropicProviderTests
{
    private static readonly ToolDefinition Bash = new("bash", "run", Json.Parse("""{"type":"object","properties":{"command":{"type":"string"}}}"""));

    [Fact]
    public async Task CompleteAsync_StreamedText_AssemblesTheMessageAndSendsTheProxyToken()
    {
        await using var server = await FakeModelServer.StartAsync(AnthropicSse.Text("Hello", " world"));
        using var http = new HttpClient();

        var reply = (await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None)).Message;

        Assert.Equal("Hello world", reply.Text);
        var sent = Assert.Single(server.Received);
        Assert.Equal("/v1/messages", sent.Path);
        // This SDK version sends the key as a bearer token; the proxy accepts either form.
        var token = sent.Headers.GetValueOrDefault("x-api-key") ?? sent.Headers.GetValueOrDefault("authorization");
        Assert.Contains("run-token", token, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(sent.Body);
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
        Assert.Equal("You are a test.", body.RootElement.GetProperty("system").GetString());
        Assert.Equal("bash", body.RootElement.GetProperty("tools")[0].GetProperty("name").GetString());
        Assert.Equal(256, body.RootElement.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public async Task CompleteAsync_StreamedToolCall_ReturnsToolUseWithInputFromJsonDeltas()
    {
        await using var server = await FakeModelServer.StartAsync(AnthropicSse.ToolCall("toolu_1", "bash", "{\\\"command\\\": \\\"ls", " -la\\\"}"));
        using var http = new HttpClient();

        var reply = (await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("list")), CancellationToken.None)).Message;

        Assert.Equal("Let me check.", reply.Text);
        var use = Assert.Single(reply.ToolUses);
        Assert.Equal(("toolu_1", "bash"), (use.Id, use.Name));
        Assert.Equal("ls -la", use.Input!.Value.GetProperty("command").GetString());
    }

    [Fact]
    public async Task CompleteAsync_HistoryWithToolTraffic_IsSentAsToolUseAndToolResultBlocks()
    {
        await using var server = await FakeModelServer.StartAsync(AnthropicSse.Text("ok"));
        using var http = new HttpClient();
        var request = Request(
            ConversationMessage.UserText("list"),
            new(ConversationMessage.Assistant, [ContentBlock.ToolUse("toolu_1", "bash", Json.Parse("""{"command":"ls"}"""))]),
            new(ConversationMessage.User, [ContentBlock.ToolResult("toolu_1", "a.txt", true)]));

        await Provider(http, server).CompleteAsync(request, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(server.Received).Body);
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("tool_use", messages[1].GetProperty("content")[0].GetProperty("type").GetString());
        var result = messages[2].GetProperty("content")[0];
        Assert.Equal("toolu_1", result.GetProperty("tool_use_id").GetString());
        Assert.True(result.GetProperty("is_error").GetBoolean());
    }

    [Theory]
    [InlineData(429, "rate_limit_error", "Number of requests has exceeded your rate limit")]
    [InlineData(500, "api_error", "Internal server error")]
    public async Task CompleteAsync_UpstreamError_ThrowsRetryableWithUpstreamMessage(int status, string type, string message)
    {
        await using var server = await FakeModelServer.StartAsync(
            ScriptedResponse.Error(status, SseTemplate.Fill("""{"type":"error","error":{"type":"@TYPE@","message":"@MESSAGE@"}}""", ("TYPE", type), ("MESSAGE", message))));
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None));

        Assert.True(ex.Retryable);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_BadRequest_IsNotRetryable()
    {
        await using var server = await FakeModelServer.StartAsync(
            ScriptedResponse.Error(400, """{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens too large"}}"""));
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None));

        Assert.False(ex.Retryable);
        Assert.Contains("max_tokens too large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_PromptTooLong_ThrowsTooLongAndNotRetryable()
    {
        await using var server = await FakeModelServer.StartAsync(
            ScriptedResponse.Error(400, """{"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210345 tokens > 200000 maximum"}}"""));
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None));

        Assert.True(ex.TooLong);
        Assert.False(ex.Retryable);
    }

    [Fact]
    public async Task CompleteAsync_StreamedUsage_CountsCachedInputAndTheFinalOutput()
    {
        var start = AnthropicSse.Event("message_start",
            """{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"cache_creation_input_tokens":20,"cache_read_input_tokens":100,"output_tokens":1}}}""");
        await using var server = await FakeModelServer.StartAsync(ScriptedResponse.Sse(
            start, AnthropicSse.TextStart(0), AnthropicSse.TextDelta(0, "ok"), AnthropicSse.BlockStop(0), AnthropicSse.Stop("end_turn")));
        using var http = new HttpClient();

        var reply = await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None);

        Assert.Equal(new TokenUsage(130, 5), reply.Usage);
    }

    private static AnthropicProvider Provider(HttpClient http, FakeModelServer server) => new(http, server.BaseUrl, "run-token", maxRetries: 0);

    private static ModelRequest Request(params ConversationMessage[] messages) => new("claude-test", 256, "You are a test.", messages, [Bash]);
}
