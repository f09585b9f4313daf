using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>The assistant message of one model call, and its usage when the provider reported one.</summary>
public sealed record ModelReply(ConversationMessage Message, TokenUsage? Usage);
