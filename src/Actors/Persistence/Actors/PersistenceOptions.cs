namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Settings shared by the persistent actors of one <see cref="PersistenceExtension"/>; every default lives here.</summary>
public sealed record PersistenceOptions
{
    /// <summary>
    /// How many snapshots per persistence id survive a successful <c>SaveSnapshot</c>; older ones are
    /// deleted right after it. 0 keeps every snapshot. The default is 2: the newest, plus one to fall
    /// back on should the newest ever fail to load.
    /// </summary>
    public int SnapshotsToKeep { get; init; } = 2;

    /// <summary>
    /// Most actors loading their snapshot and events at the same time; the others wait for a permit
    /// (Akka's <c>max-concurrent-recoveries</c>). The default is 50.
    /// </summary>
    public int MaxConcurrentRecoveries { get; init; } = 50;

    /// <summary>
    /// Replayed events handed to the actor per mailbox message. The reader stays at most two such
    /// batches ahead of the actor, so a long log is never held in memory at once. The default is 256.
    /// </summary>
    public int ReplayBatchSize { get; init; } = 256;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SnapshotsToKeep);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRecoveries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ReplayBatchSize, 1);
    }
}
