using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Journal;

/// <summary>
/// An in-memory journal whose first write call blocks until <see cref="Open"/>, so a test can queue
/// requests behind a commit deterministically. Records the size of every call; can fail every call.
/// </summary>
public sealed class GatedJournal : IJournal
{
    private readonly InMemoryJournal _store = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstCallEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<int> _callSizes = [];

    /// <summary>When set, every write call throws it (after the gate).</summary>
    public Exception? FailWith { get; set; }

    /// <summary>Completes when the first write call is blocked at the gate.</summary>
    public Task FirstCallEntered => _firstCallEntered.Task;

    public IReadOnlyList<int> CallSizes
    {
        get
        {
            lock (_callSizes)
            {
                return [.. _callSizes];
            }
        }
    }

    public void Open() => _gate.TrySetResult();

    public async Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        _firstCallEntered.TrySetResult();
        await _gate.Task;
        lock (_callSizes)
        {
            _callSizes.Add(writes.Count);
        }

        return FailWith is { } failure ? throw failure : await _store.WriteAsync(writes, cancellationToken);
    }

    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken) =>
        _store.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) =>
        _store.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        _store.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);
}
