namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>Limits of <see cref="GroupCommitJournal"/>.</summary>
public sealed class GroupCommitOptions
{
    /// <summary>
    /// Most atomic writes merged into one transaction; a single request larger than this still goes
    /// whole. The default is 1000.
    /// </summary>
    public int MaxWritesPerBatch { get; init; } = PersistenceDefaults.GroupCommitMaxWritesPerBatch;

    /// <summary>
    /// Most requests waiting for the writer; further callers wait for room. The default is 10,000.
    /// </summary>
    public int QueueCapacity { get; init; } = PersistenceDefaults.GroupCommitQueueCapacity;
}
