using System.Runtime.CompilerServices;
using NanoClaw.Actors.Persistence.InMemory;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>
/// An in-memory journal a test can hold (writes or replays wait until released) and break (calls
/// throw a given exception). Records every write call.
/// </summary>
public sealed class ControllableJournal : IJournal
{
    private readonly List<IReadOnlyList<AtomicWrite>> _writeCalls = [];
    private TaskCompletionSource? _writeGate;
    private TaskCompletionSource? _replayGate;

    public InMemoryJournal Inner { get; } = new();

    public Exception? FailWritesWith { get; set; }

    public Exception? FailReplaysWith { get; set; }

    public Exception? FailDeletesWith { get; set; }

    public IReadOnlyList<IReadOnlyList<AtomicWrite>> WriteCalls
    {
        get
        {
            lock (_writeCalls)
            {
                return [.. _writeCalls];
            }
        }
    }

    /// <summary>Later write calls wait until <see cref="ReleaseWrites"/>.</summary>
    public void HoldWrites() => _writeGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseWrites() => _writeGate?.TrySetResult();

    /// <summary>Later replays (and highest sequence nr reads) wait until <see cref="ReleaseReplays"/>.</summary>
    public void HoldReplays() => _replayGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseReplays() => _replayGate?.TrySetResult();

    public async Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        lock (_writeCalls)
        {
            _writeCalls.Add(writes);
        }

        if (_writeGate is { } gate)
        {
            await gate.Task;
        }

        return FailWritesWith is { } failure ? throw failure : await Inner.WriteAsync(writes, cancellationToken);
    }

    public async IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await WaitForReplayAsync();
        await foreach (var e in Inner.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken))
        {
            yield return e;
        }
    }

    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        await WaitForReplayAsync();
        return await Inner.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);
    }

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        FailDeletesWith is { } failure ? Task.FromException(failure) : Inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    private async Task WaitForReplayAsync()
    {
        if (_replayGate is { } gate)
        {
            await gate.Task;
        }

        if (FailReplaysWith is { } failure)
        {
            throw failure;
        }
    }
}
