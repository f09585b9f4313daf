using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Offered to the recovery handler first when recovery starts from a snapshot.</summary>
public sealed record SnapshotOffer(SnapshotMetadata Metadata, object Snapshot);

/// <summary>
/// Delivered to the recovery handler once replay is done, always (also for a new persistence id),
/// before any command stashed during recovery.
/// </summary>
public sealed record RecoveryCompleted
{
    public static readonly RecoveryCompleted Instance = new();

    private RecoveryCompleted()
    {
    }
}

/// <summary>A <c>SaveSnapshot</c> was stored (and retention ran).</summary>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata);

/// <summary>A <c>SaveSnapshot</c> failed; the actor carries on (its events are still journaled).</summary>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);

/// <summary>A <c>DeleteMessages</c> completed: events up to <paramref name="ToSequenceNr"/> are gone.</summary>
public sealed record DeleteMessagesSuccess(long ToSequenceNr);

/// <summary>A <c>DeleteMessages</c> failed; nothing automatic follows.</summary>
public sealed record DeleteMessagesFailure(Exception Cause, long ToSequenceNr);
