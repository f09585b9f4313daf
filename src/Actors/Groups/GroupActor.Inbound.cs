using Akka.Actor;
using NanoClaw.Actors.Contracts;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
    /// <summary>Who waits for each message being written (by dedupe key), to be told if the write fails.</summary>
    private readonly Dictionary<string, IActorRef> _storing = new(StringComparer.Ordinal);

    private void InboundCommands()
    {
        Command<StoreMessage>(store => Store(store.Message));
    }

    private void Store(StoredMessage message)
    {
        if (_recentIds.Contains(DedupeKey(message.ChatId, message.MessageId)))
        {
            Sender.Tell(new MessageAccepted(message.MessageId, Stored: false, "duplicate"));
            return;
        }

        if (message.IsFromAssistant)
        {
            Sender.Tell(new MessageAccepted(message.MessageId, Stored: false, "sent by the assistant"));
            return;
        }

        if (!_services.Allowlist().ShouldStore(message))
        {
            Sender.Tell(new MessageAccepted(message.MessageId, Stored: false, "sender not allowed (drop mode)"));
            return;
        }

        var sender = Sender;
        _storing[DedupeKey(message.ChatId, message.MessageId)] = sender;
        Persist(new MessageStored(_nextSequence, message), stored =>
        {
            _storing.Remove(DedupeKey(message.ChatId, message.MessageId));
            Apply(stored);
            MaybeSnapshot();
            Evaluate();
            sender.Tell(new MessageAccepted(message.MessageId, Stored: true));
        });
    }

    /// <summary>
    /// The journal refused a write; Akka stops this actor next and its supervisor restarts it after a
    /// pause. Whoever waits for a message in that write is told at once, so it sends the message again
    /// (with the same id) instead of waiting for a timeout. Nothing unacknowledged was kept.
    /// </summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        LogPersistFailed(Logger, _group.Folder, @event.GetType().Name, cause.Message);
        RefuseStoring();
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <summary>The journal rejected one event (the actor keeps running); a message in it is refused to its sender.</summary>
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        LogPersistFailed(Logger, _group.Folder, @event.GetType().Name, cause.Message);
        if (@event is MessageStored stored && _storing.Remove(DedupeKey(stored.Message.ChatId, stored.Message.MessageId), out var sender))
        {
            sender.Tell(new Status.Failure(new GroupUnavailableException(
                $"group '{_group.Folder}' could not store the message: {cause.Message}", _group.Folder)));
        }

        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    /// <summary>Recovery failed (the journal is unreadable or down): reported with the cause, then Akka stops the actor and its supervisor tries again later.</summary>
    protected override void OnRecoveryFailure(Exception reason, object? message = null)
    {
        LogRecoveryFailed(Logger, _group.Folder, reason.Message);
        base.OnRecoveryFailure(reason, message);
    }

    private void RefuseStoring()
    {
        foreach (var sender in _storing.Values)
        {
            sender.Tell(new Status.Failure(new GroupUnavailableException(_group.Folder)));
        }

        _storing.Clear();
    }

    private GroupStatus Status()
    {
        var state = _run is not null ? "running"
            : _waitingForSlot ? "waiting"
            : Timers.IsTimerActive(RetryTimer) ? "retrying"
            : "idle";
        return new GroupStatus(_group.Folder, state, _pending.Count(p => p.Sequence > _cursor), _sessionId, _retries, _group.Engine);
    }
}
