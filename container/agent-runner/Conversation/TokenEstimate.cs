using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Conversation;

/// <summary>
/// A deliberately generous token count for text no provider has measured yet: one token per three
/// characters (English prose averages about four) plus a few per message for its framing.
/// </summary>
public static class TokenEstimate
{
    private const int CharsPerToken = 3;
    private const int PerMessage = 4;

    public static long Of(string? text) => string.IsNullOrEmpty(text) ? 0 : (text.Length + CharsPerToken - 1) / CharsPerToken;

    public static long Of(ConversationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        long tokens = PerMessage;
        foreach (var block in message.Content)
        {
            tokens += Of(block.Text) + Of(block.Name) + (block.Input is { } input ? Of(input.GetRawText()) : 0);
        }

        return tokens;
    }

    public static long Of(IEnumerable<ConversationMessage> messages) => messages.Sum(Of);

    public static long Of(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return Of(tool.Name) + Of(tool.Description) + Of(tool.InputSchema.GetRawText());
    }
}
