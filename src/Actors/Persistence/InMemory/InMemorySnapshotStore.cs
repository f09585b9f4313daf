using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.InMemory;

/// <summary>A snapshot store in process memory, for tests. Same contract as the durable stores.</summary>
public sealed class InMemorySnapshotStore : ISnapshotStore
{
    private readonly Lock _gate = new();

    /// <summary>Snapshots per persistence id, ordered by sequence nr; guarded by <see cref="_gate"/>.</summary>
    private readonly Dictionary<string, SortedList<long, StoredSnapshot>> _snapshots = new(StringComparer.Ordinal);

    private readonly TimeProvider _timeProvider;

    public InMemorySnapshotStore(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var stamped = snapshot.Metadata.Timestamp == default
            ? snapshot with { Metadata = snapshot.Metadata with { Timestamp = _timeProvider.GetUtcNow() } }
            : snapshot;
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(stamped.Metadata.PersistenceId, out var list))
            {
                list = [];
                _snapshots[stamped.Metadata.PersistenceId] = list;
            }

            list[stamped.Metadata.SequenceNr] = stamped;
        }

        return Task.CompletedTask;
    }

    public Task<StoredSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        lock (_gate)
        {
            var found = _snapshots.TryGetValue(persistenceId, out var list)
                ? list.Values.LastOrDefault(s => criteria.IsMatch(s.Metadata))
                : null;
            return Task.FromResult(found);
        }
    }

    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_snapshots.TryGetValue(persistenceId, out var list))
            {
                list.Remove(sequenceNr);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        lock (_gate)
        {
            if (_snapshots.TryGetValue(persistenceId, out var list))
            {
                foreach (var key in list.Values.Where(s => criteria.IsMatch(s.Metadata)).Select(s => s.Metadata.SequenceNr).ToList())
                {
                    list.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> RetainNewestAsync(string persistenceId, int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(persistenceId, out var list) || list.Count <= keep)
            {
                return Task.FromResult(0);
            }

            var excess = list.Count - keep;
            for (var i = 0; i < excess; i++)
            {
                list.RemoveAt(0);
            }

            return Task.FromResult(excess);
        }
    }
}
