using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tests.Models;

public class MockProviderTests
{
    [Fact]
    public async Task CompleteAsync_PlainMessage_AnswersWithNumberedEcho()
    {
        var provider = new MockProvider(null);
        List<ConversationMessage> history = [ConversationMessage.UserText("one"), new(ConversationMessage.Assistant, [ContentBlock.FromText("x")]), ConversationMessage.UserText("two")];

        var reply = (await provider.CompleteAsync(Request(history), CancellationToken.None)).Message;

        Assert.Equal("Mock reply #2: two", reply.Text);
    }

    [Fact]
    public async Task CompleteAsync_ScriptedRule_CallsToolThenReportsResult()
    {
        var provider = new MockProvider(new MockScript([new MockRule("make a file", "bash", Json.Parse("""{"command":"touch f"}"""), "Done: {result}")]));
        List<ConversationMessage> history = [ConversationMessage.UserText("please make a file")];

        var call = (await provider.CompleteAsync(Request(history), CancellationToken.None)).Message;
        var use = Assert.Single(call.ToolUses);
        history.Add(call);
        history.Add(new ConversationMessage(ConversationMessage.User, [ContentBlock.ToolResult(use.Id!, "exit code: 0", false)]));
        var final = (await provider.CompleteAsync(Request(history), CancellationToken.None)).Message;

        Assert.Equal("bash", use.Name);
        Assert.Equal("Done: exit code: 0", final.Text);
    }

    [Fact]
    public async Task CompleteAsync_SummaryRequest_AnswersWithAShortSummary()
    {
        var provider = new MockProvider(null);
        var request = new ModelRequest("mock", 100, Summarizer.Instructions + " more", [ConversationMessage.UserText("a\nb\nc")], []);

        var reply = (await provider.CompleteAsync(request, CancellationToken.None)).Message;

        Assert.Equal("Mock summary of 3 transcript lines.", reply.Text);
    }

    private static ModelRequest Request(List<ConversationMessage> history) => new("mock", 100, "system", history, []);
}
