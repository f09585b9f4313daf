namespace NanoClaw.Actors.Persistence.Snapshots;

/// <summary>
/// The snapshot store, with Akka.Persistence semantics. Implementations are safe for concurrent use.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>
    /// Stores the snapshot; one already stored under the same (persistence id, sequence nr) is replaced.
    /// A <c>default</c> timestamp is stamped with the store's <see cref="TimeProvider"/>.
    /// </summary>
    Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The matching snapshot with the highest sequence number, or null when none matches.</summary>
    Task<StoredSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the snapshot at (<paramref name="persistenceId"/>, <paramref name="sequenceNr"/>), if any.
    /// </summary>
    Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken);

    /// <summary>Deletes every snapshot of the id that matches <paramref name="criteria"/>.</summary>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: deletes all but the <paramref name="keep"/> newest snapshots of the id (newest =
    /// highest sequence number) and returns how many were deleted.
    /// </summary>
    Task<int> RetainNewestAsync(string persistenceId, int keep, CancellationToken cancellationToken);
}
