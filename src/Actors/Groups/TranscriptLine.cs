using NanoClaw.Actors.Chats;

namespace NanoClaw.Actors.Groups;

/// <summary>A transcript entry with its chat, as snapshots keep the recent conversation.</summary>
public sealed record TranscriptLine(string ChatId, ChatEntry Entry);
