using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// One turn of the agent: send the conversation, run the tools the model asks for, feed the
/// results back, and repeat until the model answers without tool calls. The conversation list is
/// extended in place, so the caller saves exactly what the model saw; a turn that fails leaves it
/// as it was before the turn (compaction done meanwhile stays).
/// </summary>
/// <remarks>
/// With a <see cref="Compactor"/>, a call that would fill more than the budget's limit is preceded
/// by compaction, and a call the provider refuses as too long is compacted harder and tried once
/// more; a second refusal archives and clears the session and answers with a note for the user.
/// </remarks>
public sealed class AgentLoop
{
    /// <summary>The most model calls in one turn. The default is 50; it stops a model that loops on tools.</summary>
    public const int MaxSteps = 50;

    private readonly IModelProvider _provider;
    private readonly ToolCatalog _tools;
    private readonly ModelRequestTemplate _template;
    private readonly Compactor? _compactor;
    private readonly long _fixedTokens;

    public AgentLoop(IModelProvider provider, ToolCatalog tools, ModelRequestTemplate template, Compactor? compactor = null)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(template);
        _provider = provider;
        _tools = tools;
        _template = template;
        _compactor = compactor;
        _fixedTokens = TokenEstimate.Of(template.SystemPrompt) + tools.Definitions.Sum(TokenEstimate.Of);
    }

    /// <summary>Runs a turn for <paramref name="userText"/> and returns the model's final text.</summary>
    public async Task<string> RunTurnAsync(List<ConversationMessage> conversation, string userText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var question = ConversationMessage.UserText(userText);
        conversation.Add(question);
        try
        {
            return await RunStepsAsync(conversation, question, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            var index = conversation.FindIndex(m => ReferenceEquals(m, question));
            if (index >= 0)
            {
                conversation.RemoveRange(index, conversation.Count - index);
                _compactor?.Budget.Forget();
            }

            throw;
        }
    }

    private async Task<string> RunStepsAsync(List<ConversationMessage> conversation, ConversationMessage question, CancellationToken cancellationToken)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            var reply = await MakeRoomAsync(conversation, question, cancellationToken).ConfigureAwait(false)
                ? await CallAsync(conversation, question, cancellationToken).ConfigureAwait(false)
                : null;
            if (reply is null)
            {
                return await _compactor!.ResetAsync(conversation, cancellationToken).ConfigureAwait(false);
            }

            conversation.Add(reply.Message);
            _compactor?.Budget.Measured(conversation.Count, reply.Usage);
            var uses = reply.Message.ToolUses.ToList();
            if (uses.Count == 0)
            {
                return reply.Message.Text;
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

    /// <summary>Compacts when the next request would pass the limit; false when even the summary request is too long.</summary>
    private async Task<bool> MakeRoomAsync(List<ConversationMessage> conversation, ConversationMessage question, CancellationToken cancellationToken)
    {
        if (_compactor is null || _compactor.Budget.Size(conversation, _fixedTokens) <= _compactor.Budget.Limit)
        {
            return true;
        }

        try
        {
            await _compactor.CompactAsync(conversation, question, harder: false, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ModelCallException ex) when (ex.TooLong)
        {
            return false;
        }
    }

    /// <summary>One model call; null when the request stayed too long after compacting harder.</summary>
    private async Task<ModelReply?> CallAsync(List<ConversationMessage> conversation, ConversationMessage question, CancellationToken cancellationToken)
    {
        try
        {
            return await _provider.CompleteAsync(Request(conversation), cancellationToken).ConfigureAwait(false);
        }
        catch (ModelCallException ex) when (ex.TooLong && _compactor is not null)
        {
            try
            {
                if (!await _compactor.CompactAsync(conversation, question, harder: true, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return await _provider.CompleteAsync(Request(conversation), cancellationToken).ConfigureAwait(false);
            }
            catch (ModelCallException again) when (again.TooLong)
            {
                return null;
            }
        }
    }

    private ModelRequest Request(List<ConversationMessage> conversation) =>
        new(_template.Model, _template.MaxTokens, _template.SystemPrompt, conversation, _tools.Definitions);

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
