using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>One model call: the system prompt, the whole conversation so far and the tools on offer.</summary>
public sealed record ModelRequest(
    string Model,
    int MaxTokens,
    string SystemPrompt,
    IReadOnlyList<ConversationMessage> Messages,
    IReadOnlyList<ToolDefinition> Tools);
