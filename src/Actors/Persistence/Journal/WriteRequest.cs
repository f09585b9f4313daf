namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// One caller's <see cref="IJournal.WriteAsync"/> waiting in <see cref="GroupCommitJournal"/>'s queue.
/// A request is either taken by the writer (and then written, whatever the caller's token does) or
/// cancelled while still queued (and then never written); the state field decides that race.
/// </summary>
internal sealed class WriteRequest
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<IReadOnlyList<AtomicWriteResult>> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private int _state;

    public WriteRequest(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        Writes = writes;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.Register(static r => ((WriteRequest)r!).TryCancel(), this);
    }

    public IReadOnlyList<AtomicWrite> Writes { get; }

    public Task<IReadOnlyList<AtomicWriteResult>> Task => _completion.Task;

    /// <summary>Claims the request for writing; false when the caller cancelled it first.</summary>
    public bool TryTake()
    {
        if (Interlocked.CompareExchange(ref _state, Taken, Queued) != Queued)
        {
            return false;
        }

        _registration.Dispose();
        return true;
    }

    public void Complete(IReadOnlyList<AtomicWriteResult> results) => _completion.TrySetResult(results);

    public void Fail(Exception cause) => _completion.TrySetException(cause);

    private void TryCancel()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(_cancellationToken);
        }
    }
}
