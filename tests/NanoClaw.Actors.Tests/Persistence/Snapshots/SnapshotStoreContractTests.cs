using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Snapshots;

/// <summary>The behaviour every <see cref="ISnapshotStore"/> keeps; each store creates a fresh one per test.</summary>
public abstract partial class SnapshotStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ISnapshotStore? _store;

    protected ManualTimeProvider Time { get; } = new(T0);

    protected ISnapshotStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>A new, empty store using <see cref="Time"/> for timestamps.</summary>
    protected abstract Task<ISnapshotStore> CreateStoreAsync();

    /// <summary>Saves a snapshot of <paramref name="persistenceId"/> at <paramref name="sequenceNr"/>, taken T0 + that many minutes.</summary>
    protected Task SaveAsync(string persistenceId, long sequenceNr, byte[]? payload = null) =>
        Store.SaveAsync(
            new StoredSnapshot(new SnapshotMetadata(persistenceId, sequenceNr, At(sequenceNr)), "test.state", payload ?? [(byte)sequenceNr]),
            CancellationToken.None);

    protected static DateTimeOffset At(long minutes) => T0.AddMinutes(minutes);

    protected async Task<long?> LoadSequenceNrAsync(string persistenceId, SnapshotSelectionCriteria criteria) =>
        (await Store.LoadAsync(persistenceId, criteria, CancellationToken.None))?.Metadata.SequenceNr;

    protected async Task<long[]> RemainingAsync(string persistenceId, long upTo)
    {
        var remaining = new List<long>();
        for (var n = 1; n <= upTo; n++)
        {
            var exact = new SnapshotSelectionCriteria(n, DateTimeOffset.MaxValue, n);
            if (await Store.LoadAsync(persistenceId, exact, CancellationToken.None) is not null)
            {
                remaining.Add(n);
            }
        }

        return [.. remaining];
    }
}
