using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Stashing;

namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>
/// An event-sourced actor with Akka.Persistence semantics. On every start and restart it recovers:
/// the newest snapshot (a <see cref="SnapshotOffer"/>), every later event in sequence order, then
/// <see cref="RecoveryCompleted"/>, all through <see cref="ReceiveRecover"/>. Afterwards commands go
/// to <see cref="ReceiveCommand"/> (or the behaviour set with <c>Context.Become</c>).
/// </summary>
/// <remarks>
/// Commands that arrive during recovery, or while a <see cref="Persist{TEvent}"/> handler is pending,
/// wait in an internal stash and are processed afterwards in arrival order. A failed recovery or a
/// failed journal write stops the actor (wrap it in a backoff supervisor to restart it); a rejected
/// event (it does not serialize) is reported and the actor continues.
/// </remarks>
public abstract partial class PersistentActor : ActorBase
{
    private readonly IStash _internalStash;

    /// <summary>Tags everything this incarnation started, so late results never reach a successor.</summary>
    private readonly object _incarnation = new();

    private PersistencePhase _phase = PersistencePhase.Recovering;

    protected PersistentActor(PersistenceExtension persistence)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        Persistence = persistence;
        _internalStash = CreateStash();
        WriterId = Guid.NewGuid().ToString("N");
    }

    /// <summary>The actor's stable id in the journal; the same across incarnations, unique per journal.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>
    /// The sequence nr of the last event recovered or stored; inside a persist handler, that of the
    /// handler's event. Events still being written are not counted.
    /// </summary>
    public long LastSequenceNr { get; private set; }

    /// <summary>The sequence nr of the snapshot recovery started from, or of the last one saved.</summary>
    public long SnapshotSequenceNr { get; private set; }

    public bool IsRecovering => _phase == PersistencePhase.Recovering;

    public bool IsRecoveryFinished => _phase != PersistencePhase.Recovering;

    protected PersistenceExtension Persistence { get; }

    /// <summary>Identifies this incarnation's writes in the journal.</summary>
    protected string WriterId { get; }

    /// <summary>Where recovery starts and ends. The default is <see cref="Actors.Recovery.Default"/>.</summary>
    protected virtual Recovery Recovery => Recovery.Default;

    /// <summary>Snapshots kept after each successful save; 0 keeps all. The default is the extension's setting.</summary>
    protected virtual int SnapshotsToKeep => Persistence.Options.SnapshotsToKeep;

    /// <summary>Handles a <see cref="SnapshotOffer"/>, each replayed event, and <see cref="RecoveryCompleted"/>.</summary>
    protected abstract bool ReceiveRecover(object message);

    /// <summary>Handles a command once recovery is done.</summary>
    protected abstract bool ReceiveCommand(object message);

    protected sealed override bool Receive(object message) => ReceiveCommand(message);

    protected internal override bool AroundReceive(Receive receive, object message)
    {
        if (message is PersistenceSignal signal)
        {
            if (ReferenceEquals(signal.Incarnation, _incarnation) && _phase != PersistencePhase.Stopping)
            {
                HandleSignal(receive, signal);
            }

            return true;
        }

        switch (_phase)
        {
            case PersistencePhase.Stopping:
                // Stop is already requested; the kernel sends what is still queued to dead letters.
                return true;
            case PersistencePhase.Recovering:
                _internalStash.Stash();
                return true;
        }

        if (_pendingStashingWrites > 0)
        {
            _internalStash.Stash();
            return true;
        }

        return ReceiveCommandAndFlush(receive, message);
    }

    private void HandleSignal(Receive receive, PersistenceSignal signal)
    {
        switch (signal)
        {
            case WriteOutcome outcome:
                HandleWriteOutcome(receive, outcome);
                break;
            case RecoverySnapshotLoaded loaded:
                OnSnapshotLoaded(loaded.Metadata, loaded.Snapshot);
                break;
            case RecoveryEventsReplayed replayed:
                OnEventsReplayed(replayed);
                break;
            case RecoveryFinished finished:
                OnRecoveryFinished(finished);
                break;
            case RecoveryFailed failed:
                FailRecovery(failed.Cause, null);
                break;
        }
    }

    private void StopSelf()
    {
        _phase = PersistencePhase.Stopping;
        Context.Stop(Self);
    }
}
