using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Handling write outcomes: handlers in call order, then the next batch, then the stashed commands.</summary>
public abstract partial class PersistentActor
{
    private void HandleWriteOutcome(Kernel.Receive receive, WriteOutcome outcome)
    {
        var pending = outcome.Write;
        _outcomesPending--;
        try
        {
            switch (pending.Kind)
            {
                case PendingWriteKind.Persist when outcome.Error is not null:
                    FailPersist(outcome.Error, pending);
                    return;
                case PendingWriteKind.Persist:
                    for (var i = 0; i < pending.Events.Count; i++)
                    {
                        LastSequenceNr = pending.FirstSequenceNr + i;
                        pending.Handler!(pending.Events[i]);
                    }

                    break;
                case PendingWriteKind.Defer:
                    pending.Handler!(pending.Events[0]);
                    break;
                case PendingWriteKind.Rejected:
                    for (var i = 0; i < pending.Events.Count; i++)
                    {
                        OnPersistRejected(outcome.Error!, pending.Events[i], pending.FirstSequenceNr + i);
                    }

                    break;
                case PendingWriteKind.Delete:
                    ReplyToSelf(receive, outcome.Error is null
                        ? new DeleteMessagesSuccess(pending.DeleteToSequenceNr)
                        : new DeleteMessagesFailure(outcome.Error, pending.DeleteToSequenceNr));
                    break;
            }
        }
        finally
        {
            if (_phase == PersistencePhase.Processing)
            {
                AfterOutcome(pending);
            }
        }
    }

    private void AfterOutcome(PendingWrite pending)
    {
        if (pending.Stashing)
        {
            _pendingStashingWrites--;
        }

        // A handler may have persisted again (nested persist): that goes out now, still ahead of the stash.
        FlushWrites();
        if (_pendingStashingWrites == 0)
        {
            _internalStash.UnstashAll();
        }
    }

    private void FailPersist(Exception cause, PendingWrite pending)
    {
        _phase = PersistencePhase.Stopping;
        try
        {
            OnPersistFailure(cause, pending.Events[0], pending.FirstSequenceNr);
        }
        finally
        {
            StopSelf();
        }
    }

    /// <summary>Delivers a reply of the persistence machinery to the current behaviour.</summary>
    private void ReplyToSelf(Kernel.Receive receive, object reply)
    {
        if (!receive(reply))
        {
            HandleUnansweredReply(reply);
        }
    }

    /// <summary>
    /// Replies nobody handles are not unhandled messages: successes are dropped, failures are logged
    /// as warnings (Akka does the same).
    /// </summary>
    private bool HandleUnansweredReply(object message)
    {
        switch (message)
        {
            case SaveSnapshotSuccess or DeleteMessagesSuccess:
                return true;
            case SaveSnapshotFailure failure:
                Log.LogWarning(failure.Cause, "Saving the snapshot at sequence nr {SequenceNr} of persistence id {PersistenceId} failed: {Cause}", failure.Metadata.SequenceNr, PersistenceId, failure.Cause.Message);
                return true;
            case DeleteMessagesFailure failure:
                Log.LogWarning(failure.Cause, "Deleting events up to sequence nr {SequenceNr} of persistence id {PersistenceId} failed: {Cause}", failure.ToSequenceNr, PersistenceId, failure.Cause.Message);
                return true;
            default:
                return false;
        }
    }
}
