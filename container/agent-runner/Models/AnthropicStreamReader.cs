using System.Text;
using System.Text.Json;
using Anthropic.Models.Messages;
using ContentBlock = NanoClaw.AgentRunner.Conversation.ContentBlock;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Assembles the assistant message from the SDK's stream events, block by block (by index), and its
/// usage: input (uncached, cache writes and cache reads) from <c>message_start</c>, output from the
/// last <c>message_delta</c>.
/// </summary>
internal sealed class AnthropicStreamReader
{
    private readonly SortedDictionary<long, (string Type, string? Id, string? Name, StringBuilder Text)> _blocks = [];
    private long? _inputTokens;
    private long _outputTokens;

    public TokenUsage? Usage => _inputTokens is { } input ? new TokenUsage(input, _outputTokens) : null;

    public void Add(RawMessageStreamEvent streamEvent)
    {
        if (streamEvent.TryPickStart(out var begin))
        {
            var usage = begin.Message.Usage;
            _inputTokens = usage.InputTokens + (usage.CacheCreationInputTokens ?? 0) + (usage.CacheReadInputTokens ?? 0);
            _outputTokens = usage.OutputTokens;
        }
        else if (streamEvent.TryPickDelta(out var messageDelta))
        {
            _outputTokens = messageDelta.Usage.OutputTokens;
        }
        else if (streamEvent.TryPickContentBlockStart(out var start))
        {
            if (start.ContentBlock.TryPickToolUse(out var toolUse))
            {
                _blocks[start.Index] = (ContentBlock.ToolUseType, toolUse.ID, toolUse.Name, new StringBuilder());
            }
            else if (start.ContentBlock.TryPickText(out var text))
            {
                _blocks[start.Index] = (ContentBlock.TextType, null, null, new StringBuilder(text.Text));
            }
        }
        else if (streamEvent.TryPickContentBlockDelta(out var delta) && _blocks.TryGetValue(delta.Index, out var block))
        {
            if (delta.Delta.TryPickText(out var text))
            {
                block.Text.Append(text.Text);
            }
            else if (delta.Delta.TryPickInputJson(out var json))
            {
                block.Text.Append(json.PartialJson);
            }
        }
    }

    public ConversationMessage ToMessage()
    {
        var content = new List<ContentBlock>();
        foreach (var (type, id, name, text) in _blocks.Values)
        {
            content.Add(type == ContentBlock.ToolUseType
                ? ContentBlock.ToolUse(id!, name!, ParseInput(text.ToString()))
                : ContentBlock.FromText(text.ToString()));
        }

        return new ConversationMessage(ConversationMessage.Assistant, content);
    }

    private static JsonElement ParseInput(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return document.RootElement.Clone();
    }
}
