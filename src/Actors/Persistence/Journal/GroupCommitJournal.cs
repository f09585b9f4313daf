using System.Threading.Channels;

namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// Group commit in front of a store: concurrent <see cref="WriteAsync"/> calls queue, and one writer
/// loop hands everything queued (up to <see cref="GroupCommitOptions.MaxWritesPerBatch"/>) to the
/// inner journal as ONE call, which the stores run as one transaction. While a commit waits for its
/// fsync, the next callers queue up and go together in the following commit, so N concurrent persists
/// cost a handful of fsyncs instead of N, with no timer and no added latency when idle.
/// </summary>
/// <remarks>
/// Each caller gets its own slice of the results: a duplicate in one caller's write fails only that
/// caller (the stores isolate atomic writes with savepoints). When the inner call fails as a whole,
/// every caller of that batch gets the cause, since none can know whether its events landed.
/// Reads and deletes go straight to the inner journal; a persistent actor awaits its writes before it
/// deletes, so a delete never overtakes that actor's queued write.
/// </remarks>
public sealed class GroupCommitJournal : IJournal, IAsyncDisposable
{
    /// <summary>Scheduler turns the writer waits at most for more callers before it commits.</summary>
    private const int MaxFillTurns = 64;

    private readonly IJournal _inner;
    private readonly int _maxWritesPerBatch;
    private readonly Channel<WriteRequest> _queue;
    private readonly Task _writerLoop;
    private long _commitCount;
    private long _atomicWriteCount;

    public GroupCommitJournal(IJournal inner, GroupCommitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        options ??= new GroupCommitOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxWritesPerBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1);
        _inner = inner;
        _maxWritesPerBatch = options.MaxWritesPerBatch;
        _queue = Channel.CreateBounded<WriteRequest>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writerLoop = Task.Run(RunWriterAsync);
    }

    /// <summary>Batches the inner journal stored (one transaction each); for tests and benchmarks.</summary>
    public long CommitCount => Interlocked.Read(ref _commitCount);

    /// <summary>Atomic writes in those batches (stored or individually rejected).</summary>
    public long AtomicWriteCount => Interlocked.Read(ref _atomicWriteCount);

    /// <summary>Requests queued and not yet taken by the writer.</summary>
    internal int QueuedCount => _queue.Reader.Count;

    /// <summary>
    /// Queues the writes for the next group commit and completes when they were committed. Cancelling
    /// before the writer took the request withdraws it (nothing is written); after that it has no effect.
    /// </summary>
    public async Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        var request = new WriteRequest(writes, cancellationToken);
        try
        {
            await _queue.Writer.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(GroupCommitJournal), "The journal writer was shut down.");
        }

        return await request.Task.ConfigureAwait(false);
    }

    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken) =>
        _inner.ReplayAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) =>
        _inner.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        _inner.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    /// <summary>Stops accepting writes, commits everything already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
    }

    private async Task RunWriterAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<WriteRequest>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            var writes = Drain(reader, batch, 0);

            // Callers woken by the previous commit queue their next writes within a few scheduler
            // turns. Yielding while the queue keeps growing lets them join this commit instead of
            // each starting a small one; the first turn that adds nothing ends the wait, so an idle
            // journal commits after one turn. No timer is involved.
            for (var turn = 0; turn < MaxFillTurns && writes < _maxWritesPerBatch; turn++)
            {
                await Task.Yield();
                var before = writes;
                writes = Drain(reader, batch, writes);
                if (writes == before)
                {
                    break;
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch, writes).ConfigureAwait(false);
            }
        }
    }

    private int Drain(ChannelReader<WriteRequest> reader, List<WriteRequest> batch, int writes)
    {
        while (writes < _maxWritesPerBatch && reader.TryRead(out var request))
        {
            if (request.TryTake())
            {
                batch.Add(request);
                writes += request.Writes.Count;
            }
        }

        return writes;
    }

    private async Task CommitAsync(List<WriteRequest> batch, int writeCount)
    {
        var writes = new List<AtomicWrite>(writeCount);
        foreach (var request in batch)
        {
            writes.AddRange(request.Writes);
        }

        IReadOnlyList<AtomicWriteResult> results;
        try
        {
            // Not cancellable: once taken, a request is written or failed, never silently dropped.
            results = await _inner.WriteAsync(writes, CancellationToken.None).ConfigureAwait(false);
            if (results.Count != writes.Count)
            {
                throw new InvalidOperationException($"The inner journal returned {results.Count} results for {writes.Count} writes.");
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(r => r.Fail(ex));
            return;
        }

        Interlocked.Increment(ref _commitCount);
        Interlocked.Add(ref _atomicWriteCount, writeCount);
        var offset = 0;
        foreach (var request in batch)
        {
            var own = new AtomicWriteResult[request.Writes.Count];
            for (var i = 0; i < own.Length; i++)
            {
                own[i] = results[offset + i];
            }

            request.Complete(own);
            offset += own.Length;
        }
    }
}
