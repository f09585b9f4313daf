namespace NanoClaw.Channels;

/// <summary>
/// What a channel knows about a chat it heard from; unknown chats are recorded from it. <c>Name</c> is
/// the group title, channel name or, for direct chats, the sender's name; null when the platform does not say.
/// </summary>
public sealed record ChatMetadata(string ChatId, string? Name, string Platform, bool IsGroup, DateTimeOffset LastSeen);
