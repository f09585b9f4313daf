using OpenAI.Chat;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// Maps the neutral conversation to Chat Completions messages: the system prompt first, tool uses
/// as assistant tool calls, and each tool result as its own <c>tool</c> message.
/// </summary>
internal static class OpenAIMessageMapper
{
    public static List<ChatMessage> Map(ModelRequest request)
    {
        var messages = new List<ChatMessage> { new SystemChatMessage(request.SystemPrompt) };
        foreach (var message in request.Messages)
        {
            if (message.Role == ConversationMessage.Assistant)
            {
                messages.Add(Assistant(message));
                continue;
            }

            foreach (var block in message.Content)
            {
                messages.Add(block.Type == ContentBlock.ToolResultType
                    ? new ToolChatMessage(block.Id, block.Text ?? string.Empty)
                    : new UserChatMessage(block.Text ?? string.Empty));
            }
        }

        return messages;
    }

    private static AssistantChatMessage Assistant(ConversationMessage message)
    {
        var calls = message.ToolUses
            .Select(b => ChatToolCall.CreateFunctionToolCall(b.Id, b.Name, BinaryData.FromString(b.Input?.GetRawText() ?? "{}")))
            .ToList();
        if (calls.Count == 0)
        {
            return new AssistantChatMessage(message.Text);
        }

        var assistant = new AssistantChatMessage(calls);
        if (message.Text.Length > 0)
        {
            assistant.Content.Add(ChatMessageContentPart.CreateTextPart(message.Text));
        }

        return assistant;
    }
}
