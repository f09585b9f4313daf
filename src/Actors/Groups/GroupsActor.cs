using Akka.Actor;
using Akka.Pattern;
using Akka.Persistence;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Node;

namespace NanoClaw.Actors.Groups;

/// <summary>
/// /user/groups/groups: the parent of the group actors, each under a backoff supervisor so a group
/// whose journal fails comes back after a pause. Messages for a group arrive here as
/// <see cref="ToGroup"/> and are forwarded with their sender. A group is started (recovered) when a
/// message needs it and stopped again once it has been at rest for <c>sleep-after</c>. Which groups
/// are awake is persisted before a woken group gets its first message, so a start of the node wakes
/// exactly the groups that may hold unfinished work (an unanswered message, an undelivered reply);
/// the others stay asleep until they are needed. It follows the registry's views: removed groups
/// stop, changed ones are told.
/// </summary>
public sealed class GroupsActor : ReceivePersistentActor
{
    /// <summary>The name of the group actor under its supervisor, <c>/user/groups/groups/&lt;folder&gt;/group</c>.</summary>
    public const string ChildName = "group";

    private const int SnapshotEvery = 500;
    private static readonly TimeSpan MinBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly GroupServices _services;
    private readonly GroupDirectory _directory;
    private readonly HashSet<string> _awake = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Child> _children = new(StringComparer.Ordinal);
    private RegistryView? _view;

    public GroupsActor(GroupServices services, GroupDirectory directory)
    {
        _services = services;
        _directory = directory;
        Recover<SnapshotOffer>(offer => _awake.UnionWith(((GroupsSnapshot)offer.Snapshot).Awake));
        Recover<GroupWoke>(woke => _awake.Add(woke.Folder));
        Recover<GroupSlept>(slept => _awake.Remove(slept.Folder));
        Recover<RecoveryCompleted>(_ =>
        {
            // Restarted after a failure: the registry will not send its view again.
            if (_directory.Ready.IsCompleted)
            {
                Self.Tell(_directory.View);
            }
        });
        Command<RegistryView>(Sync);
        Command<ToGroup>(message => Deliver(message.Folder, message.Message, Sender));
        Command<ReadyToSleep>(ready => AskToSleep(ready.Folder));
        Command<SleepDeclined>(declined => Resume(declined.Folder));
        Command<SleepAccepted>(accepted => PutToSleep(accepted.Folder));
        Command<Status.Failure>(failure =>
        {
            // The supervisor answered GoToSleep for a group stopped by its backoff: it stays as it is.
            if (failure.Cause is GroupUnavailableException { Folder: { } folder })
            {
                Resume(folder);
            }
        });
        Command<Terminated>(terminated => OnStopped(terminated.ActorRef));
        Command<GetAwakeGroups>(_ => Sender.Tell(new AwakeGroups([.. _children.Keys.Order(StringComparer.Ordinal)])));
        Command<SaveSnapshotSuccess>(saved =>
        {
            // The snapshot holds the whole set: older events and snapshots are not needed for recovery.
            DeleteMessages(saved.Metadata.SequenceNr);
            DeleteSnapshots(new SnapshotSelectionCriteria(saved.Metadata.SequenceNr - 1));
        });
        Command<SaveSnapshotFailure>(_ => { });
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(_ => { });
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(_ => { });
    }

    public override string PersistenceId => "groups";

    public static Props Props(GroupServices services, GroupDirectory directory) =>
        FactoryProps.Create(() => new GroupsActor(services, directory));

    private void Sync(RegistryView view)
    {
        var first = _view is null;
        _view = view;
        foreach (var (folder, child) in _children.ToList())
        {
            if (!view.Groups.TryGetValue(folder, out var group))
            {
                if (!child.Ref.IsNobody())
                {
                    Context.Unwatch(child.Ref);
                    Context.Stop(child.Ref);
                }

                _children.Remove(folder);
                child.Buffer?.ForEach(m => m.Sender?.Tell(new Status.Failure(new GroupUnavailableException(folder))));
                Slept(folder);
            }
            else if (child.Group != group)
            {
                child.Group = group;
                Forward(child, new UpdateGroup(group), ActorRefs.NoSender);
            }
        }

        if (first)
        {
            // The groups that were awake when the node stopped may have unfinished work.
            foreach (var folder in _awake.Where(view.Groups.ContainsKey).ToList())
            {
                Start(view.Groups[folder]);
            }
        }

        _directory.Publish(view);
    }

    private void Deliver(string folder, object message, IActorRef? sender)
    {
        if (_children.TryGetValue(folder, out var child))
        {
            Forward(child, message, sender);
        }
        else if (_view?.Groups.GetValueOrDefault(folder) is not { } group)
        {
            sender?.Tell(new Status.Failure(new GroupUnavailableException($"no group is registered in folder '{folder}'", folder)));
        }
        else if (_awake.Contains(folder))
        {
            Forward(Start(group), message, sender);
        }
        else
        {
            // Woken for this message: recorded first, so a crash after the group took it wakes the group again.
            var waking = new Child(group, ActorRefs.Nobody) { Buffer = [new(message, sender)] };
            _children[folder] = waking;
            PersistAsync(new GroupWoke(folder), woke =>
            {
                _awake.Add(woke.Folder);
                MaybeSnapshot();
                if (_children.GetValueOrDefault(folder) == waking)
                {
                    var buffered = waking.Buffer!;
                    var started = Start(waking.Group);
                    buffered.ForEach(m => started.Ref.Tell(m.Message, m.Sender));
                }
            });
        }
    }

    private Child Start(RegisteredGroup group)
    {
        var options = NodeBackoff.OnStop(GroupActor.Props(group, _services, Self), ChildName, MinBackoff, MaxBackoff)
            .WithAutoReset(MaxBackoff)
            .WithReplyWhileStopped(new Status.Failure(new GroupUnavailableException(group.Folder)));
        var actor = Context.Watch(Context.ActorOf(BackoffSupervisor.Props(options), group.Folder));
        var child = new Child(group, actor);
        _children[group.Folder] = child;
        return child;
    }

    private void AskToSleep(string folder)
    {
        if (_children.TryGetValue(folder, out var child) && child.Buffer is null && !child.Stopping)
        {
            // From now on the group's messages wait here, so none reaches it after it agreed to sleep.
            child.Buffer = [];
            child.Ref.Tell(GoToSleep.Instance);
        }
    }

    private void Resume(string folder)
    {
        if (_children.TryGetValue(folder, out var child) && child.Buffer is { } buffered && !child.Stopping && !child.Ref.IsNobody())
        {
            child.Buffer = null;
            buffered.ForEach(m => child.Ref.Tell(m.Message, m.Sender));
        }
    }

    private void PutToSleep(string folder)
    {
        if (!_children.TryGetValue(folder, out var child) || child.Buffer is null || child.Stopping)
        {
            return;
        }

        child.Stopping = true;
        Context.Stop(child.Ref);
        Slept(folder);
    }

    private void OnStopped(IActorRef stopped)
    {
        var entry = _children.FirstOrDefault(c => c.Value.Ref.Equals(stopped));
        if (entry.Value is not { } child)
        {
            return;
        }

        _children.Remove(entry.Key);
        if (child.Buffer is { Count: > 0 } buffered)
        {
            // Messages came while it went to sleep: wake it again for them.
            buffered.ForEach(m => Deliver(entry.Key, m.Message, m.Sender));
        }
    }

    private void Slept(string folder)
    {
        // Taken out at once: a message arriving before the write completes must record a new wake after it.
        if (_awake.Remove(folder))
        {
            PersistAsync(new GroupSlept(folder), _ => MaybeSnapshot());
        }
    }

    private static void Forward(Child child, object message, IActorRef? sender)
    {
        if (child.Buffer is { } buffer)
        {
            buffer.Add(new(message, sender));
        }
        else
        {
            child.Ref.Tell(message, sender);
        }
    }

    private void MaybeSnapshot()
    {
        if (LastSequenceNr % SnapshotEvery == 0)
        {
            SaveSnapshot(new GroupsSnapshot([.. _awake.Order(StringComparer.Ordinal)]));
        }
    }

    /// <summary>A group's actor (its backoff supervisor), and the messages held for it while it wakes or is asked to sleep.</summary>
    private sealed class Child(RegisteredGroup group, IActorRef actor)
    {
        public RegisteredGroup Group { get; set; } = group;

        public IActorRef Ref { get; } = actor;

        public List<Held>? Buffer { get; set; }

        public bool Stopping { get; set; }
    }

    private sealed record Held(object Message, IActorRef? Sender);
}
