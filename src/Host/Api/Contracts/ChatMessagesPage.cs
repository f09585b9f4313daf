namespace NanoClaw.Host.Api.Contracts;

/// <summary>Messages after the caller's cursor, and the cursor to pass next time.</summary>
/// <param name="Working">The group's agent is working on a reply right now.</param>
public sealed record ChatMessagesPage(IReadOnlyList<ChatMessageView> Messages, long Cursor, bool Working = false);
