using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Recovery: started on every start and restart, applied message by message through the mailbox.</summary>
public abstract partial class PersistentActor
{
    private RecoveryReader? _reader;

    protected internal override void AroundPreStart()
    {
        StartRecovery();
        base.AroundPreStart();
    }

    protected internal override void AroundPostRestart(Exception reason)
    {
        StartRecovery();
        base.AroundPostRestart(reason);
    }

    protected internal override void AroundPreRestart(Exception reason, object? message)
    {
        StopReader();
        base.AroundPreRestart(reason, message);
    }

    protected internal override void AroundPostStop()
    {
        StopReader();
        base.AroundPostStop();
    }

    /// <summary>
    /// Called when loading the history or a recovery handler failed; <paramref name="event"/> is the
    /// message the handler failed on, if any. The actor is stopped afterwards regardless. The default
    /// logs an error naming the persistence id and the cause (whose message names the store).
    /// </summary>
    protected virtual void OnRecoveryFailure(Exception cause, object? @event)
    {
        Log.LogError(
            cause,
            "Recovery of persistence id {PersistenceId} failed after sequence nr {SequenceNr}{Event}; stopping: {Cause}",
            PersistenceId,
            LastSequenceNr,
            @event is null ? "" : $" in the handler of {@event.GetType().Name}",
            cause.Message);
    }

    private void StartRecovery()
    {
        _phase = PersistencePhase.Recovering;
        _reader = new RecoveryReader(Persistence, PersistenceId, Recovery, Self, _incarnation);
        var reader = _reader;
        _ = Task.Run(reader.RunAsync);
    }

    private void StopReader()
    {
        _reader?.Dispose();
        _reader = null;
    }

    private bool OnSnapshotLoaded(SnapshotMetadata metadata, object snapshot)
    {
        LastSequenceNr = metadata.SequenceNr;
        SnapshotSequenceNr = metadata.SequenceNr;
        return Recover(new SnapshotOffer(metadata, snapshot));
    }

    private void OnEventsReplayed(RecoveryEventsReplayed replayed)
    {
        foreach (var e in replayed.Events)
        {
            LastSequenceNr = e.SequenceNr;
            if (!Recover(e.Payload))
            {
                return;
            }
        }

        _reader?.Consumed();
    }

    private void OnRecoveryFinished(RecoveryFinished finished)
    {
        if (finished.Metadata is { } metadata && !OnSnapshotLoaded(metadata, finished.Snapshot!))
        {
            return;
        }

        StopReader();
        LastSequenceNr = Math.Max(LastSequenceNr, finished.HighestSequenceNr);
        _sequenceNr = LastSequenceNr;
        _phase = PersistencePhase.Processing;
        if (Recover(RecoveryCompleted.Instance))
        {
            FlushWrites();
            if (_pendingStashingWrites == 0)
            {
                _internalStash.UnstashAll();
            }
        }
    }

    /// <summary>Runs the recovery handler; a throw fails recovery (and stops the actor) instead of restarting it.</summary>
    private bool Recover(object message)
    {
        try
        {
            ReceiveRecover(message);
            return true;
        }
        catch (Exception ex)
        {
            FailRecovery(ex, message);
            return false;
        }
    }

    private void FailRecovery(Exception cause, object? @event)
    {
        StopReader();
        _phase = PersistencePhase.Stopping;
        try
        {
            OnRecoveryFailure(cause, @event);
        }
        finally
        {
            StopSelf();
        }
    }
}
