using System.Runtime.CompilerServices;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.InMemory;

/// <summary>
/// A journal in process memory, for tests. Same contract as the durable stores; nothing survives
/// the process.
/// </summary>
public sealed class InMemoryJournal : IJournal
{
    /// <summary>The location named in errors.</summary>
    public const string Location = "in-memory journal";

    private readonly Lock _gate = new();

    /// <summary>Events per persistence id, ordered by sequence nr; guarded by <see cref="_gate"/>.</summary>
    private readonly Dictionary<string, SortedList<long, PersistentRepresentation>> _events = new(StringComparer.Ordinal);

    /// <summary>Highest sequence nr ever stored per id; survives deletes. Guarded by <see cref="_gate"/>.</summary>
    private readonly Dictionary<string, long> _highest = new(StringComparer.Ordinal);

    private readonly TimeProvider _timeProvider;

    public InMemoryJournal(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    public Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        cancellationToken.ThrowIfCancellationRequested();
        var results = new AtomicWriteResult[writes.Count];
        lock (_gate)
        {
            for (var i = 0; i < writes.Count; i++)
            {
                results[i] = WriteOne(writes[i]);
            }
        }

        return Task.FromResult<IReadOnlyList<AtomicWriteResult>>(results);
    }

    public async IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId,
        long fromSequenceNr,
        long toSequenceNr,
        long max,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        PersistentRepresentation[] selected;
        lock (_gate)
        {
            selected = _events.TryGetValue(persistenceId, out var log)
                ? [.. log.Values.Where(e => e.SequenceNr >= fromSequenceNr && e.SequenceNr <= toSequenceNr).Take((int)Math.Min(max, int.MaxValue))]
                : [];
        }

        foreach (var e in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        lock (_gate)
        {
            return Task.FromResult(_highest.GetValueOrDefault(persistenceId));
        }
    }

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        lock (_gate)
        {
            if (_events.TryGetValue(persistenceId, out var log))
            {
                while (log.Count > 0 && log.Keys[0] <= toSequenceNr)
                {
                    log.RemoveAt(0);
                }
            }
        }

        return Task.CompletedTask;
    }

    private AtomicWriteResult WriteOne(AtomicWrite write)
    {
        if (!_events.TryGetValue(write.PersistenceId, out var log))
        {
            log = [];
            _events[write.PersistenceId] = log;
        }

        // Deleted events leave no row behind, exactly like the SQL stores, so only live rows conflict.
        if (write.Events.Any(e => log.ContainsKey(e.SequenceNr)))
        {
            return AtomicWriteResult.Failure(new DuplicateSequenceNrException(Location, write.PersistenceId, write.LowestSequenceNr));
        }

        var now = _timeProvider.GetUtcNow();
        foreach (var e in write.Events)
        {
            log.Add(e.SequenceNr, e.Timestamp == default ? e with { Timestamp = now } : e);
        }

        _highest[write.PersistenceId] = Math.Max(_highest.GetValueOrDefault(write.PersistenceId), write.HighestSequenceNr);
        return AtomicWriteResult.Success;
    }
}
