using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// A fresh, empty database for one measurement: the stores persistent actors use, plus the raw
/// statements the baselines (and the data set up) use on the same tables and durability settings.
/// </summary>
internal abstract class BenchStore : IAsyncDisposable
{
    /// <summary>The store's journal behind a <see cref="GroupCommitJournal"/>, as actors use it.</summary>
    public abstract IJournal Journal { get; }

    public abstract ISnapshotStore Snapshots { get; }

    /// <summary>Plain batched INSERTs: one transaction (one durable commit) per <paramref name="batchSize"/> rows.</summary>
    public abstract Task InsertEventsAsync(IReadOnlyList<PersistentRepresentation> events, int batchSize, CancellationToken cancellationToken);

    /// <summary>Bulk-loads rows for a measurement's setup; the default is one big INSERT transaction.</summary>
    public virtual Task PopulateEventsAsync(IReadOnlyList<PersistentRepresentation> events, CancellationToken cancellationToken) =>
        InsertEventsAsync(events, events.Count, cancellationToken);

    /// <summary>Plain INSERTs of snapshot rows in one transaction (for setting up data).</summary>
    public abstract Task InsertSnapshotsAsync(IReadOnlyList<StoredSnapshot> snapshots, CancellationToken cancellationToken);

    /// <summary>
    /// What recovery must read, done the plain way on one connection: per id the newest snapshot and
    /// the events after it. Returns the payload bytes read (so nothing is optimized away).
    /// </summary>
    public abstract Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
