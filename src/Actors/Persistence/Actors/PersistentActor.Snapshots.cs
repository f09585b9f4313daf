using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Snapshots, retention and deleting events.</summary>
public abstract partial class PersistentActor
{
    /// <summary>
    /// Stores <paramref name="snapshot"/> as the state after event <see cref="LastSequenceNr"/>, then
    /// deletes all but the newest <see cref="SnapshotsToKeep"/> snapshots. Replies to self with
    /// <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/>. Commands are not stashed meanwhile.
    /// </summary>
    protected void SaveSnapshot(object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = new SnapshotMetadata(PersistenceId, LastSequenceNr, Context.System.TimeProvider.GetUtcNow());
        SerializedPayload payload;
        try
        {
            payload = Persistence.Serializers.Serialize(snapshot);
        }
        catch (SerializationRejectedException ex)
        {
            Self.Tell(new SaveSnapshotFailure(metadata, ex), Self);
            return;
        }

        SnapshotSequenceNr = metadata.SequenceNr;
        var stored = new StoredSnapshot(metadata, payload.Manifest, payload.Payload);
        _ = SaveSnapshotAsync(Persistence.SnapshotStore, stored, SnapshotsToKeep, Self, Log);
    }

    /// <summary>
    /// Deletes the events up to <paramref name="toSequenceNr"/> once every earlier persist call is
    /// stored; replies to self with <see cref="DeleteMessagesSuccess"/> or <see cref="DeleteMessagesFailure"/>.
    /// The highest sequence nr is kept, so numbering continues after a restart.
    /// </summary>
    protected void DeleteMessages(long toSequenceNr)
    {
        EnsureNotRecovering();
        if (toSequenceNr > _sequenceNr)
        {
            var cause = new InvalidOperationException(
                $"Cannot delete events up to {toSequenceNr} of persistence id '{PersistenceId}': the last sequence nr is {_sequenceNr}.");
            Self.Tell(new DeleteMessagesFailure(cause, toSequenceNr), Self);
            return;
        }

        // Every entry point of user code flushes when it returns, so this goes out with the calls around it.
        _unflushed.Add(PendingWrite.Delete(PersistenceId, toSequenceNr, Self));
    }

    private static async Task SaveSnapshotAsync(ISnapshotStore store, StoredSnapshot snapshot, int keep, IActorRef self, ILogger log)
    {
        try
        {
            await store.SaveAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            self.Tell(new SaveSnapshotFailure(snapshot.Metadata, ex), self);
            return;
        }

        if (keep > 0)
        {
            try
            {
                await store.RetainNewestAsync(snapshot.Metadata.PersistenceId, keep, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The snapshot itself is stored; older ones stay until the next save retries the cleanup.
                log.LogWarning(ex, "Deleting old snapshots of persistence id {PersistenceId} failed: {Cause}", snapshot.Metadata.PersistenceId, ex.Message);
            }
        }

        self.Tell(new SaveSnapshotSuccess(snapshot.Metadata), self);
    }
}
