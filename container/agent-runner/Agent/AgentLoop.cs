using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// One turn of the agent: send the conversation, run the tools the model asks for, feed the
/// results back, and repeat until the model answers without tool calls. The conversation list is
/// extended in place, so the caller saves exactly what the model saw.
/// </summary>
public sealed class AgentLoop
{
    /// <summary>The most model calls in one turn. The default is 50; it stops a model that loops on tools.</summary>
    public const int MaxSteps = 50;

    private readonly IModelProvider _provider;
    private readonly ToolCatalog _tools;
    private readonly ModelRequestTemplate _template;

    public AgentLoop(IModelProvider provider, ToolCatalog tools, ModelRequestTemplate template)
    {
        _provider = provider;
        _tools = tools;
        _template = template;
    }

    /// <summary>Runs a turn for <paramref name="userText"/> and returns the model's final text.</summary>
    public async Task<string> RunTurnAsync(List<ConversationMessage> conversation, string userText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Add(ConversationMessage.UserText(userText));
        for (var step = 0; step < MaxSteps; step++)
        {
            var request = new ModelRequest(_template.Model, _template.MaxTokens, _template.SystemPrompt, conversation, _tools.Definitions);
            var reply = await _provider.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            conversation.Add(reply);
            var uses = reply.ToolUses.ToList();
            if (uses.Count == 0)
            {
                return reply.Text;
            }

            var results = new List<ContentBlock>();
            foreach (var use in uses)
            {
                var outcome = await InvokeAsync(use, cancellationToken).ConfigureAwait(false);
                results.Add(ContentBlock.ToolResult(use.Id!, outcome.Content, outcome.IsError));
            }

            conversation.Add(new ConversationMessage(ConversationMessage.User, results));
        }

        return $"(Stopped after {MaxSteps} steps without a final answer.)";
    }

    private async Task<ToolOutcome> InvokeAsync(ContentBlock use, CancellationToken cancellationToken)
    {
        if (!_tools.TryGet(use.Name ?? string.Empty, out var tool))
        {
            return ToolOutcome.Fail($"Unknown tool '{use.Name}'.");
        }

        try
        {
            return await tool.InvokeAsync(use.Input ?? default, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A tool failure is the model's to handle; it must never end the run.
            return ToolOutcome.Fail($"{use.Name} failed: {ex.Message}");
        }
    }
}
