using System.Text.Json;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tests.Models;

public class OpenAIProviderTests
{
    private static readonly ToolDefinition Bash = new("bash", "run", Json.Parse("""{"type":"object","properties":{"command":{"type":"string"}}}"""));

    [Fact]
    public async Task CompleteAsync_StreamedText_AssemblesTheMessageAndSendsTheProxyTokenAsBearer()
    {
        await using var server = await FakeModelServer.StartAsync(OpenAISse.Text("Hel", "lo"));
        using var http = new HttpClient();

        var reply = (await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None)).Message;

        Assert.Equal("Hello", reply.Text);
        var sent = Assert.Single(server.Received);
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal("Bearer run-token", sent.Headers["authorization"]);
        using var body = JsonDocument.Parse(sent.Body);
        Assert.Equal("system", body.RootElement.GetProperty("messages")[0].GetProperty("role").GetString());
        Assert.Equal("bash", body.RootElement.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.True(body.RootElement.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task CompleteAsync_StreamedToolCall_ReassemblesArguments()
    {
        await using var server = await FakeModelServer.StartAsync(OpenAISse.ToolCall("call_1", "bash", "{\\\"command\\\":", "\\\"ls\\\"}"));
        using var http = new HttpClient();

        var reply = (await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("list")), CancellationToken.None)).Message;

        var use = Assert.Single(reply.ToolUses);
        Assert.Equal(("call_1", "bash"), (use.Id, use.Name));
        Assert.Equal("ls", use.Input!.Value.GetProperty("command").GetString());
    }

    [Fact]
    public async Task CompleteAsync_HistoryWithToolTraffic_IsSentAsToolCallsAndToolMessages()
    {
        await using var server = await FakeModelServer.StartAsync(OpenAISse.Text("ok"));
        using var http = new HttpClient();
        var request = Request(
            ConversationMessage.UserText("list"),
            new(ConversationMessage.Assistant, [ContentBlock.ToolUse("call_1", "bash", Json.Parse("""{"command":"ls"}"""))]),
            new(ConversationMessage.User, [ContentBlock.ToolResult("call_1", "a.txt", false)]));

        await Provider(http, server).CompleteAsync(request, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(server.Received).Body);
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("call_1", messages[2].GetProperty("tool_calls")[0].GetProperty("id").GetString());
        Assert.Equal("tool", messages[3].GetProperty("role").GetString());
        Assert.Equal("call_1", messages[3].GetProperty("tool_call_id").GetString());
    }

    [Theory]
    [InlineData(429, "Rate limit reached for requests")]
    [InlineData(500, "The server had an error")]
    public async Task CompleteAsync_UpstreamError_ThrowsRetryableWithUpstreamMessage(int status, string message)
    {
        await using var server = await FakeModelServer.StartAsync(
            ScriptedResponse.Error(status, SseTemplate.Fill("""{"error":{"message":"@MESSAGE@","type":"server_error","code":null}}""", ("MESSAGE", message))));
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None));

        Assert.True(ex.Retryable);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_ContextLengthExceeded_ThrowsTooLong()
    {
        await using var server = await FakeModelServer.StartAsync(ScriptedResponse.Error(400,
            """{"error":{"message":"This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.","type":"invalid_request_error","code":"context_length_exceeded"}}"""));
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None));

        Assert.True(ex.TooLong);
    }

    [Fact]
    public async Task CompleteAsync_UsageChunk_ReportsPromptAndCompletionTokens()
    {
        const string usage = """data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":42,"completion_tokens":7,"total_tokens":49}}""";
        await using var server = await FakeModelServer.StartAsync(ScriptedResponse.Sse(
            OpenAISse.Chunk("""{"role":"assistant","content":"ok"}"""), OpenAISse.Chunk("{}", "\"stop\""), usage + "\n\n", OpenAISse.Done));
        using var http = new HttpClient();

        var reply = await Provider(http, server).CompleteAsync(Request(ConversationMessage.UserText("hi")), CancellationToken.None);

        Assert.Equal(new TokenUsage(42, 7), reply.Usage);
        using var body = JsonDocument.Parse(server.Received[0].Body);
        Assert.True(body.RootElement.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    private static OpenAIProvider Provider(HttpClient http, FakeModelServer server) => new(http, server.BaseUrl, "run-token", maxRetries: 0);

    private static ModelRequest Request(params ConversationMessage[] messages) => new("gpt-test", 256, "You are a test.", messages, [Bash]);
}
