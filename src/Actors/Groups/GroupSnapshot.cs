using NanoClaw.Actors.Persistence;

namespace NanoClaw.Actors.Groups;

/// <summary>A group actor's state as a snapshot.</summary>
public sealed record GroupSnapshot(
    long NextSequence,
    long Cursor,
    IReadOnlyList<PendingMessage> Pending,
    IReadOnlyList<string> RecentIds,
    string? SessionId,
    IReadOnlyList<ReplyProduced> Outbox,
    IReadOnlyList<TranscriptLine> Transcript) : IPersisted;
