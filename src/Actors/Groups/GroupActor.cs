using Microsoft.Extensions.Logging;
using Akka.Actor;
using Akka.Persistence;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// /user/groups/&lt;folder&gt;: one chat group. It owns the pending messages, the cursor (the last
/// message handed to the agent and answered), the agent's session and the run state. Inbound
/// messages are persisted before they are acknowledged; replies go through a persisted outbox, so a
/// crash neither loses nor repeats them; a batch that failed before any reply is retried with
/// backoff and, in the end, the user is told why.
/// </summary>
public sealed partial class GroupActor : ReceivePersistentActor, IWithTimers
{
    private ILogger? _logger;

    private const int SnapshotEvery = 100;
    private const int RecentIdsKept = 2000;
    private const int TranscriptKept = 200;

    private readonly GroupServices _services;
    private readonly IActorRef _groups;
    private readonly PromptFormatter _formatter;
    private readonly List<PendingMessage> _pending = [];
    private readonly HashSet<string> _recentIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();
    private readonly Dictionary<string, ReplyProduced> _outbox = new(StringComparer.Ordinal);
    private readonly LinkedList<TranscriptLine> _transcript = new();
    private RegisteredGroup _group;
    private TriggerGate _gate;
    private long _nextSequence = 1;
    private long _cursor;
    private long _producedThrough;
    private string? _sessionId;

    public GroupActor(RegisteredGroup group, GroupServices services, IActorRef groups)
    {
        _group = group;
        _services = services;
        _groups = groups;
        _gate = GateFor(group);
        _formatter = new PromptFormatter(services.TimeZone, services.MaxMessagesPerPrompt);
        Recover<SnapshotOffer>(offer => Restore((GroupSnapshot)offer.Snapshot));
        Recover<MessageStored>(Apply);
        Recover<SessionChanged>(e => _sessionId = e.SessionId);
        Recover<ReplyProduced>(Apply);
        Recover<ReplyDelivered>(Apply);
        Recover<CursorAdvanced>(Apply);
        Recover<RecoveryCompleted>(_ => OnRecovered());
        InboundCommands();
        RunCommands();
        ReplyCommands();
        TaskCommands();
        SleepCommands();
        Command<UpdateGroup>(update =>
        {
            _group = update.Group;
            _gate = GateFor(update.Group);
            Evaluate();
        });
        Command<GetGroupStatus>(_ => Sender.Tell(Status()));
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(failure => LogSnapshotFailed(Logger, _group.Folder, failure.Cause.Message));
    }

    public override string PersistenceId => "group-" + _group.Folder;

    public ITimerScheduler Timers { get; set; } = null!;

    private ILogger Logger => _logger ??= ActorLogging.For(Context, GetType());

    /// <param name="groups">Where the group asks to sleep (<see cref="GroupsActor"/>).</param>
    public static Props Props(RegisteredGroup group, GroupServices services, IActorRef groups) =>
        FactoryProps.Create(() => new GroupActor(group, services, groups));

    private TriggerGate GateFor(RegisteredGroup group) =>
        new(group.IsMain, group.RequiresTrigger, TriggerMatcher.ForGroup(group.Trigger, _services.AssistantName));

    private void OnRecovered()
    {
        if (_producedThrough > _cursor)
        {
            // The node stopped after a reply went out but before its turn was marked done: the
            // batch was answered, so it is not run again.
            LogResumedAfterReply(Logger, _group.Folder, _producedThrough);
            Persist(new CursorAdvanced(_producedThrough), advanced =>
            {
                Apply(advanced);
                Evaluate();
            });
        }
        else
        {
            Evaluate();
        }

        foreach (var reply in _outbox.Values.ToList())
        {
            Deliver(reply);
        }
    }

    private void Apply(MessageStored stored)
    {
        _nextSequence = Math.Max(_nextSequence, stored.Sequence + 1);
        _pending.Add(new PendingMessage(stored.Sequence, stored.Message));
        Remember(DedupeKey(stored.Message.ChatId, stored.Message.MessageId));
        Record(stored.Message.ChatId, new ChatEntry(LastSequenceNr, stored.Message.MessageId, ChatEntry.In, stored.Message.SenderName, stored.Message.Text, stored.Message.Timestamp));
    }

    private void Apply(ReplyProduced reply)
    {
        _outbox[reply.DeliveryId] = reply;
        _producedThrough = Math.Max(_producedThrough, reply.TurnCursor);
    }

    private void Apply(ReplyDelivered delivered)
    {
        if (_outbox.Remove(delivered.DeliveryId, out var reply) && delivered.Error is null)
        {
            Record(reply.ChatId, new ChatEntry(LastSequenceNr, reply.DeliveryId, ChatEntry.Out, _services.AssistantName, reply.Text, delivered.At));
        }
    }

    private void Apply(CursorAdvanced advanced)
    {
        _cursor = Math.Max(_cursor, advanced.Cursor);
        _pending.RemoveAll(p => p.Sequence <= _cursor);
        MaybeSnapshot();
    }

    private void Record(string chatId, ChatEntry entry)
    {
        _services.Chats.Append(chatId, entry);
        _transcript.AddLast(new TranscriptLine(chatId, entry));
        if (_transcript.Count > TranscriptKept)
        {
            _transcript.RemoveFirst();
        }
    }

    private void Remember(string key)
    {
        if (_recentIds.Add(key))
        {
            _recentOrder.Enqueue(key);
            if (_recentOrder.Count > RecentIdsKept)
            {
                _recentIds.Remove(_recentOrder.Dequeue());
            }
        }
    }

    private static string DedupeKey(string chatId, string messageId) => chatId + "\n" + messageId;

    private void MaybeSnapshot()
    {
        if (!IsRecovering && LastSequenceNr - SnapshotSequenceNr >= SnapshotEvery)
        {
            SaveSnapshot(new GroupSnapshot(
                _nextSequence, _cursor, [.. _pending], [.. _recentOrder], _sessionId, [.. _outbox.Values], [.. _transcript]));
        }
    }

    private void Restore(GroupSnapshot snapshot)
    {
        _nextSequence = snapshot.NextSequence;
        _cursor = snapshot.Cursor;
        _producedThrough = snapshot.Cursor;
        _sessionId = snapshot.SessionId;
        _pending.AddRange(snapshot.Pending);
        foreach (var id in snapshot.RecentIds)
        {
            Remember(id);
        }

        foreach (var reply in snapshot.Outbox)
        {
            Apply(reply);
        }

        foreach (var line in snapshot.Transcript)
        {
            Record(line.ChatId, line.Entry);
        }
    }
}
