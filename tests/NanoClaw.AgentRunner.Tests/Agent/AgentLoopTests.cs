using System.Text.Json;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Tests.Agent;

public class AgentLoopTests
{
    [Fact]
    public async Task RunTurnAsync_ToolThrows_FeedsErrorBackAndFinishesTheTurn()
    {
        var provider = new ScriptedProvider(
            new(ConversationMessage.Assistant, [ContentBlock.ToolUse("t1", "boom", Json.Parse("{}")), ContentBlock.ToolUse("t2", "nope", Json.Parse("{}"))]),
            new(ConversationMessage.Assistant, [ContentBlock.FromText("Recovered.")]));
        var loop = new AgentLoop(provider, new ToolCatalog([new ThrowingTool()]), new ModelRequestTemplate("m", 10, "system"));
        var conversation = new List<ConversationMessage>();

        var answer = await loop.RunTurnAsync(conversation, "go", CancellationToken.None);

        Assert.Equal("Recovered.", answer);
        var results = conversation[2].Content;
        Assert.All(results, r => Assert.True(r.IsError));
        Assert.Contains("bad input", results[0].Text, StringComparison.Ordinal);
        Assert.Contains("Unknown tool 'nope'", results[1].Text, StringComparison.Ordinal);
        Assert.Equal(4, conversation.Count);
    }

    [Fact]
    public async Task RunTurnAsync_ModelNeverStops_GivesUpAfterMaxSteps()
    {
        var call = new ConversationMessage(ConversationMessage.Assistant, [ContentBlock.ToolUse("t", "boom", Json.Parse("{}"))]);
        var provider = new ScriptedProvider([.. Enumerable.Repeat(call, AgentLoop.MaxSteps)]);
        var loop = new AgentLoop(provider, new ToolCatalog([new ThrowingTool()]), new ModelRequestTemplate("m", 10, "system"));

        var answer = await loop.RunTurnAsync([], "go", CancellationToken.None);

        Assert.Contains("Stopped after", answer, StringComparison.Ordinal);
    }

    private sealed class ScriptedProvider(params ConversationMessage[] replies) : IModelProvider
    {
        private readonly Queue<ConversationMessage> _replies = new(replies);

        public string Name => "scripted";

        public Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new ModelReply(_replies.Dequeue(), Usage: null));
    }

    private sealed class ThrowingTool : IAgentTool
    {
        public ToolDefinition Definition { get; } = new("boom", "fails", Json.Parse("""{"type":"object"}"""));

        public Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken) =>
            throw new ArgumentException("bad input");
    }
}
