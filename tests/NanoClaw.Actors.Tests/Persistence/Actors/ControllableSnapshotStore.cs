using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>An in-memory snapshot store whose saves or loads can be made to fail.</summary>
public sealed class ControllableSnapshotStore : ISnapshotStore
{
    public InMemorySnapshotStore Inner { get; } = new();

    public Exception? FailSavesWith { get; set; }

    public Exception? FailLoadsWith { get; set; }

    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken) =>
        FailSavesWith is { } failure ? Task.FromException(failure) : Inner.SaveAsync(snapshot, cancellationToken);

    public Task<StoredSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken) =>
        FailLoadsWith is { } failure ? Task.FromException<StoredSnapshot?>(failure) : Inner.LoadAsync(persistenceId, criteria, cancellationToken);

    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken) =>
        Inner.DeleteAsync(persistenceId, sequenceNr, cancellationToken);

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken) =>
        Inner.DeleteAsync(persistenceId, criteria, cancellationToken);

    public Task<int> RetainNewestAsync(string persistenceId, int keep, CancellationToken cancellationToken) =>
        Inner.RetainNewestAsync(persistenceId, keep, cancellationToken);
}
