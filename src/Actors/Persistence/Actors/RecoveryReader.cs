using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// Loads one incarnation's history off the actor's thread and posts it to the actor: the snapshot,
/// then the events in batches, then the highest sequence nr (all in one message when there are no
/// events after the snapshot). It never runs more than two batches
/// ahead of the actor, and it holds a recovery permit of the extension while it reads.
/// </summary>
internal sealed class RecoveryReader(
    PersistenceExtension persistence,
    string persistenceId,
    Recovery recovery,
    IActorRef self,
    object incarnation) : IDisposable
{
    private const int BatchesAhead = 2;

    private readonly SemaphoreSlim _credit = new(BatchesAhead, BatchesAhead);
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>Called by the actor after it applied a batch.</summary>
    public void Consumed() => _credit.Release();

    /// <summary>Stops reading (the actor stopped or restarts); nothing more is posted.</summary>
    public void Dispose()
    {
        _cancellation.Cancel();
        _cancellation.Dispose();
    }

    public async Task RunAsync()
    {
        var ct = _cancellation.Token;
        try
        {
            await persistence.RecoveryPermits.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await ReadAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The actor is gone; nobody is waiting for the rest.
        }
        catch (Exception ex)
        {
            self.Tell(new RecoveryFailed(incarnation, ex), ActorRefs.NoSender);
        }
        finally
        {
            persistence.RecoveryPermits.Release();
        }
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        var criteria = recovery.FromSnapshot.Limit(recovery.ToSequenceNr);
        var snapshot = criteria.MaxSequenceNr > 0
            ? await persistence.SnapshotStore.LoadAsync(persistenceId, criteria, ct).ConfigureAwait(false)
            : null;
        var state = snapshot is null ? null : persistence.Serializers.Deserialize(snapshot);
        var snapshotSequenceNr = snapshot?.Metadata.SequenceNr ?? 0;
        var highest = await persistence.Journal.ReadHighestSequenceNrAsync(persistenceId, snapshotSequenceNr, ct).ConfigureAwait(false);
        var to = Math.Min(highest, recovery.ToSequenceNr);
        if (to <= snapshotSequenceNr)
        {
            // Nothing to replay (the common case with snapshots): one message carries the whole recovery.
            self.Tell(new RecoveryFinished(incarnation, highest, snapshot?.Metadata, state), ActorRefs.NoSender);
            return;
        }

        if (snapshot is not null)
        {
            self.Tell(new RecoverySnapshotLoaded(incarnation, snapshot.Metadata, state!), ActorRefs.NoSender);
        }

        await ReplayAsync(snapshotSequenceNr + 1, to, ct).ConfigureAwait(false);
        self.Tell(new RecoveryFinished(incarnation, highest, null, null), ActorRefs.NoSender);
    }

    private async Task ReplayAsync(long from, long to, CancellationToken ct)
    {
        var size = persistence.Options.ReplayBatchSize;
        var batch = new List<ReplayedEvent>(size);
        await foreach (var stored in persistence.Journal.ReplayAsync(persistenceId, from, to, long.MaxValue, ct).ConfigureAwait(false))
        {
            batch.Add(new ReplayedEvent(stored.SequenceNr, persistence.Serializers.Deserialize(stored)));
            if (batch.Count == size)
            {
                await PostAsync(batch, ct).ConfigureAwait(false);
                batch = new List<ReplayedEvent>(size);
            }
        }

        if (batch.Count > 0)
        {
            await PostAsync(batch, ct).ConfigureAwait(false);
        }
    }

    private async Task PostAsync(List<ReplayedEvent> batch, CancellationToken ct)
    {
        await _credit.WaitAsync(ct).ConfigureAwait(false);
        self.Tell(new RecoveryEventsReplayed(incarnation, batch), ActorRefs.NoSender);
    }
}
