namespace NanoClaw.Actors.Persistence.Snapshots;

/// <summary>Identifies a snapshot: the actor's state after event <paramref name="SequenceNr"/>.</summary>
/// <param name="PersistenceId">The owning actor's stable id.</param>
/// <param name="SequenceNr">The last event the snapshot includes.</param>
/// <param name="Timestamp">When the snapshot was taken (UTC).</param>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);
