using System.Text;
using System.Text.Json;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Engines;

/// <summary>
/// Reads Claude Code's session transcript (JSON lines) into conversation messages for the archive:
/// the user and assistant messages since the last compaction boundary, with text, tool calls and
/// tool results. Lines it does not understand are skipped, never fatal: the archive must not stop
/// a compaction.
/// </summary>
public static class ClaudeTranscript
{
    private static readonly JsonElement EmptyInput = JsonDocument.Parse("{}").RootElement.Clone();

    public static async Task<IReadOnlyList<ConversationMessage>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var messages = new List<ConversationMessage>();
        foreach (var line in lines)
        {
            if (Parse(line) is not { } entry)
            {
                continue;
            }

            using (entry)
            {
                var root = entry.RootElement;
                var type = Text(root, "type");
                if (type == "system" && Text(root, "subtype") == "compact_boundary")
                {
                    messages.Clear();
                }
                else if (type is "user" or "assistant" && root.TryGetProperty("message", out var message) && !IsMeta(root))
                {
                    var blocks = Blocks(message);
                    if (blocks.Count > 0)
                    {
                        messages.Add(new ConversationMessage(type, blocks));
                    }
                }
            }
        }

        return messages;
    }

    private static JsonDocument? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsMeta(JsonElement root) =>
        root.TryGetProperty("isMeta", out var meta) && meta.ValueKind == JsonValueKind.True;

    private static List<ContentBlock> Blocks(JsonElement message)
    {
        var blocks = new List<ContentBlock>();
        if (!message.TryGetProperty("content", out var content))
        {
            return blocks;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            blocks.Add(ContentBlock.FromText(content.GetString() ?? string.Empty));
            return blocks;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return blocks;
        }

        foreach (var block in content.EnumerateArray())
        {
            switch (Text(block, "type"))
            {
                case "text":
                    blocks.Add(ContentBlock.FromText(Text(block, "text") ?? string.Empty));
                    break;
                case "tool_use":
                    blocks.Add(ContentBlock.ToolUse(Text(block, "id") ?? string.Empty, Text(block, "name") ?? "tool",
                        block.TryGetProperty("input", out var input) ? input.Clone() : EmptyInput));
                    break;
                case "tool_result":
                    blocks.Add(ContentBlock.ToolResult(Text(block, "tool_use_id") ?? string.Empty, ResultText(block),
                        block.TryGetProperty("is_error", out var error) && error.ValueKind == JsonValueKind.True));
                    break;
                default:
                    break;
            }
        }

        return blocks;
    }

    private static string ResultText(JsonElement block)
    {
        if (!block.TryGetProperty("content", out var content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? string.Empty;
        }

        var text = new StringBuilder();
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in content.EnumerateArray())
            {
                text.Append(Text(part, "text"));
            }
        }

        return text.ToString();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
