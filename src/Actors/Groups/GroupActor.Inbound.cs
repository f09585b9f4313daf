using Akka.Actor;
using NanoClaw.Actors.Contracts;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
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
        Persist(new MessageStored(_nextSequence, message), stored =>
        {
            Apply(stored);
            MaybeSnapshot();
            Evaluate();
            sender.Tell(new MessageAccepted(message.MessageId, Stored: true));
        });
    }

    private GroupStatus Status()
    {
        var state = _run is not null ? "running"
            : _waitingForSlot ? "waiting"
            : Timers.IsTimerActive(RetryTimer) ? "retrying"
            : "idle";
        return new GroupStatus(_group.Folder, state, _pending.Count(p => p.Sequence > _cursor), _sessionId, _retries);
    }
}
