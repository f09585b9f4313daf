namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>Limits of <see cref="GroupCommitJournal"/>.</summary>
public sealed class GroupCommitOptions
{
    /// <summary>
    /// The writer stops adding requests to a transaction once it holds this many atomic writes (a
    /// caller's request is never split, so a batch may end a little above it). The default is 1000.
    /// </summary>
    public int MaxWritesPerBatch { get; init; } = PersistenceDefaults.GroupCommitMaxWritesPerBatch;

    /// <summary>
    /// Most requests waiting for the writer; further callers wait for room. The default is 10,000.
    /// </summary>
    public int QueueCapacity { get; init; } = PersistenceDefaults.GroupCommitQueueCapacity;
}
