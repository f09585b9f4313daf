using System.Text;
using System.Text.Json;
using OpenAI.Chat;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Collects streamed text and tool-call fragments (keyed by their index) into one message, and the
/// usage the last chunk carries when the server reports one.
/// </summary>
internal sealed class OpenAIStreamAssembler
{
    private readonly StringBuilder _text = new();
    private readonly SortedDictionary<int, (string? Id, string? Name, StringBuilder Arguments)> _calls = [];

    public TokenUsage? Usage { get; private set; }

    public void Add(StreamingChatCompletionUpdate update)
    {
        if (update.Usage is { } usage)
        {
            Usage = new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount);
        }

        foreach (var part in update.ContentUpdate)
        {
            _text.Append(part.Text);
        }

        foreach (var call in update.ToolCallUpdates)
        {
            if (!_calls.TryGetValue(call.Index, out var entry))
            {
                entry = (null, null, new StringBuilder());
            }

            entry.Id ??= call.ToolCallId;
            entry.Name ??= call.FunctionName;
            if (call.FunctionArgumentsUpdate is { } fragment)
            {
                entry.Arguments.Append(fragment.ToString());
            }

            _calls[call.Index] = entry;
        }
    }

    public ConversationMessage ToMessage()
    {
        var content = new List<ContentBlock>();
        if (_text.Length > 0)
        {
            content.Add(ContentBlock.FromText(_text.ToString()));
        }

        foreach (var (index, (id, name, arguments)) in _calls)
        {
            content.Add(ContentBlock.ToolUse(id ?? $"call_{index}", name ?? "unknown", Parse(arguments.ToString())));
        }

        return new ConversationMessage(ConversationMessage.Assistant, content);
    }

    private static JsonElement Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Small local models sometimes emit broken JSON; the tool then reports the bad input.
            using var fallback = JsonDocument.Parse("{}");
            return fallback.RootElement.Clone();
        }
    }
}
