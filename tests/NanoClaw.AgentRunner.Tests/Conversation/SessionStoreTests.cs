using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Tests.Conversation;

public sealed class SessionStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SaveThenLoad_RoundTripsToolTraffic()
    {
        var store = new SessionStore(_temp.Path);
        List<ConversationMessage> messages =
        [
            ConversationMessage.UserText("hi"),
            new(ConversationMessage.Assistant, [ContentBlock.ToolUse("t1", "bash", Json.Parse("""{"command":"ls"}"""))]),
            new(ConversationMessage.User, [ContentBlock.ToolResult("t1", "a.txt", false)]),
        ];

        await store.SaveAsync("s1", messages, CancellationToken.None);
        var (loaded, problem) = await store.LoadAsync("s1", CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal(3, loaded!.Count);
        Assert.Equal("ls", loaded[1].Content[0].Input!.Value.GetProperty("command").GetString());
        Assert.Equal("a.txt", loaded[2].Content[0].Text);
    }

    [Theory]
    [InlineData("missing", null, "not found")]
    [InlineData("bad", "{ this is not json", "corrupt")]
    [InlineData("old", """{"version":99,"session_id":"old","messages":[]}""", "unknown format")]
    [InlineData("../escape", null, "not valid")]
    public async Task LoadAsync_UnusableSession_ReturnsProblemInsteadOfThrowing(string id, string? content, string expected)
    {
        if (content is not null)
        {
            File.WriteAllText(Path.Combine(_temp.Path, id + ".json"), content);
        }

        var (loaded, problem) = await new SessionStore(_temp.Path).LoadAsync(id, CancellationToken.None);

        Assert.Null(loaded);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
