using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Engines;

namespace NanoClaw.AgentRunner.Tests.Engines;

public sealed class ClaudeTranscriptTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAsync_TranscriptWithBoundaryMetaAndBrokenLines_KeepsTheMessagesSinceTheLastBoundary()
    {
        var path = Path.Combine(_temp.Path, "s.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"type":"user","message":{"role":"user","content":"before the boundary"}}""",
            """{"type":"system","subtype":"compact_boundary"}""",
            """{"type":"user","isMeta":true,"message":{"role":"user","content":"a caveat"}}""",
            """{"type":"user","message":{"role":"user","content":"what is in the folder?"}}""",
            """{"type":"assistant","message":{"role":"assistant","content":[{"type":"thinking","thinking":"hm"},{"type":"text","text":"Let me look."},{"type":"tool_use","id":"t1","name":"Bash","input":{"command":"ls"}}]}}""",
            "not json at all",
            """{"type":"user","message":{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"notes.md"}],"is_error":false}]}}""",
            """{"type":"assistant","message":{"role":"assistant","content":[{"type":"text","text":"One file: notes.md."}]}}""",
        ]);

        var messages = await ClaudeTranscript.ReadAsync(path, CancellationToken.None);

        Assert.Equal(4, messages.Count);
        Assert.Equal("what is in the folder?", messages[0].Text);
        Assert.Equal("Let me look.", messages[1].Text);
        Assert.Equal("Bash", Assert.Single(messages[1].ToolUses).Name);
        var result = Assert.Single(messages[2].Content);
        Assert.Equal((ContentBlock.ToolResultType, "notes.md", "t1"), (result.Type, result.Text, result.Id));
        Assert.Equal("One file: notes.md.", messages[3].Text);
        Assert.DoesNotContain("before the boundary", TranscriptMarkdown.Render(messages, 100), StringComparison.Ordinal);
    }
}
