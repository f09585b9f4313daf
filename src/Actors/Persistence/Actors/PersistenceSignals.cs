using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// What the journal side reports back to a persistent actor through its mailbox. Each carries the
/// incarnation it was started by, so results of a failed incarnation never reach its successor.
/// </summary>
internal abstract record PersistenceSignal(object Incarnation) : IDeadLetterSuppression, INotInfluenceReceiveTimeout;

/// <summary>The snapshot recovery starts from, sent ahead of the events replayed after it.</summary>
internal sealed record RecoverySnapshotLoaded(object Incarnation, SnapshotMetadata Metadata, object Snapshot) : PersistenceSignal(Incarnation);

/// <summary>The next replayed events, in sequence order, already deserialized.</summary>
internal sealed record RecoveryEventsReplayed(object Incarnation, IReadOnlyList<ReplayedEvent> Events) : PersistenceSignal(Incarnation);

/// <summary>
/// Replay is over; <paramref name="HighestSequenceNr"/> is the journal's, which survives deletes. When
/// nothing was replayed it also carries the snapshot (if any), saving a message per actor.
/// </summary>
internal sealed record RecoveryFinished(object Incarnation, long HighestSequenceNr, SnapshotMetadata? Metadata, object? Snapshot) : PersistenceSignal(Incarnation);

/// <summary>Loading the snapshot or the events failed.</summary>
internal sealed record RecoveryFailed(object Incarnation, Exception Cause) : PersistenceSignal(Incarnation);

/// <summary>The outcome of one <see cref="PendingWrite"/>; sent with the original command's sender.</summary>
internal sealed record WriteOutcome(object Incarnation, PendingWrite Write, Exception? Error) : PersistenceSignal(Incarnation);

/// <summary>One replayed event.</summary>
internal readonly record struct ReplayedEvent(long SequenceNr, object Payload);
