using System.Globalization;
using System.Text;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>
/// A conversation as readable Markdown: what the user and the assistant wrote in full, tool calls
/// with their input, tool results cut at <c>toolResultLimit</c> characters. The archive and the
/// summary request both read this form.
/// </summary>
public static class TranscriptMarkdown
{
    public static string Render(IEnumerable<ConversationMessage> messages, int toolResultLimit)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            foreach (var block in message.Content)
            {
                Append(text, message.Role, block, toolResultLimit);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string role, ContentBlock block, int toolResultLimit)
    {
        switch (block.Type)
        {
            case ContentBlock.ToolUseType:
                text.Append(CultureInfo.InvariantCulture, $"*Tool call* `{block.Name}`: `{block.Input?.GetRawText() ?? "{}"}`\n\n");
                break;
            case ContentBlock.ToolResultType:
                var result = Cut(block.Text ?? string.Empty, toolResultLimit);
                text.Append(block.IsError ? "*Tool error:*\n\n" : "*Tool result:*\n\n").Append(Quote(result)).Append("\n\n");
                break;
            default:
                if (!string.IsNullOrWhiteSpace(block.Text))
                {
                    var who = role == ConversationMessage.User ? "User" : "Assistant";
                    text.Append(CultureInfo.InvariantCulture, $"**{who}:** {block.Text.Trim()}\n\n");
                }

                break;
        }
    }

    private static string Cut(string text, int limit) =>
        text.Length <= limit
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text[..limit]}\n… ({text.Length - limit} more characters)");

    private static string Quote(string text) =>
        string.Join('\n', text.TrimEnd().Split('\n').Select(line => "> " + line));
}
