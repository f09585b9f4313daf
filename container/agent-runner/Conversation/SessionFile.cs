namespace NanoClaw.AgentRunner.Conversation;

/// <summary>What a session file holds on disk.</summary>
public sealed record SessionFile(int Version, string SessionId, List<ConversationMessage> Messages)
{
    public const int CurrentVersion = 1;
}
