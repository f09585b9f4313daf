using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// The write pipeline: one batch in flight at a time (the journal's group commit merges batches of
/// many actors), outcomes posted back in call order with each call's sender.
/// </summary>
public abstract partial class PersistentActor
{
    /// <summary>
    /// Called when the journal failed to store an event: it is unknown whether it landed, so the actor
    /// is stopped afterwards regardless. The default logs an error with the cause (whose message names
    /// the store, e.g. the database file).
    /// </summary>
    protected virtual void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        Log.LogError(
            cause,
            "Failed to persist event {EventType} with sequence nr {SequenceNr} for persistence id {PersistenceId}; stopping: {Cause}",
            @event.GetType().Name,
            sequenceNr,
            PersistenceId,
            cause.Message);
    }

    /// <summary>
    /// Called instead of the handler when an event was refused before it reached the journal (it does
    /// not serialize). Nothing was stored, no sequence nr was used, and the actor continues. The
    /// default logs a warning.
    /// </summary>
    protected virtual void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        Log.LogWarning(
            cause,
            "Rejected event {EventType} (sequence nr {SequenceNr} not used) for persistence id {PersistenceId}: {Cause}",
            @event.GetType().Name,
            sequenceNr,
            PersistenceId,
            cause.Message);
    }

    private void FlushWrites()
    {
        if (_outcomesPending > 0 || _unflushed.Count == 0 || _phase == PersistencePhase.Stopping)
        {
            return;
        }

        var batch = _unflushed.ToArray();
        _unflushed.Clear();
        _outcomesPending = batch.Length;
        _ = WriteBatchAsync(Persistence.Journal, batch, Self, _incarnation);
    }

    /// <summary>Stores the batch's writes in one journal call, runs its deletes after them, and posts every outcome in order.</summary>
    private static async Task WriteBatchAsync(IJournal journal, PendingWrite[] batch, IActorRef self, object incarnation)
    {
        var writes = new List<AtomicWrite>(batch.Length);
        foreach (var pending in batch)
        {
            if (pending.Write is { } write)
            {
                writes.Add(write);
            }
        }

        IReadOnlyList<AtomicWriteResult>? results = null;
        Exception? failure = null;
        if (writes.Count > 0)
        {
            try
            {
                results = await journal.WriteAsync(writes, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }

        var next = 0;
        foreach (var pending in batch)
        {
            var error = pending.Kind switch
            {
                PendingWriteKind.Persist => failure ?? results![next++].Error,
                PendingWriteKind.Delete => await DeleteAsync(journal, pending, failure).ConfigureAwait(false),
                PendingWriteKind.Rejected => pending.Rejection,
                _ => null,
            };
            self.Tell(new WriteOutcome(incarnation, pending, error), pending.Sender);
        }
    }

    private static async Task<Exception?> DeleteAsync(IJournal journal, PendingWrite pending, Exception? writeFailure)
    {
        if (writeFailure is not null)
        {
            return writeFailure;
        }

        try
        {
            await journal.DeleteMessagesToAsync(pending.DeletePersistenceId!, pending.DeleteToSequenceNr, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
