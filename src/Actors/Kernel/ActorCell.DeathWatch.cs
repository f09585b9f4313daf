namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Death watch. A watcher learns of a death through a system message and then tells itself the
/// <see cref="Terminated"/>, so it arrives after every message the dead actor had sent it.
/// </summary>
internal sealed partial class ActorCell
{
    /// <summary>Actors this one watches, with the WatchWith message or null for Terminated; turn-owned.</summary>
    private Dictionary<IActorRef, object?>? _watching;

    /// <summary>Actors watching this one; turn-owned.</summary>
    private HashSet<IInternalActorRef>? _watchedBy;

    /// <summary>Deaths whose delivery is queued; Unwatch removes them so the delivery is dropped.</summary>
    private HashSet<IActorRef>? _terminatedQueued;

    public IActorRef Watch(IActorRef subject) => WatchCore(subject, null);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchCore(subject, message);
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject = ActorRefIdentity.Of(subject);
        if (_watching?.Remove(subject) == true && subject is IInternalActorRef target)
        {
            target.SendSystem(new Unwatch(target, Self));
        }

        _terminatedQueued?.Remove(subject);
        return subject;
    }

    private IActorRef WatchCore(IActorRef subject, object? message)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject = ActorRefIdentity.Of(subject);
        if (subject is not IInternalActorRef target)
        {
            throw new ArgumentException($"{subject} does not belong to an actor system and cannot be watched.", nameof(subject));
        }

        if (ReferenceEquals(target, Self))
        {
            return subject;
        }

        _watching ??= new(ReferenceEqualityComparer.Instance);
        var alreadyWatching = _watching.ContainsKey(subject);
        _watching[subject] = message;
        if (!alreadyWatching)
        {
            target.SendSystem(new Watch(target, Self));
        }

        return subject;
    }

    private void AddWatcher(IInternalActorRef watcher)
    {
        if (!ReferenceEquals(watcher, Self))
        {
            (_watchedBy ??= new(ReferenceEqualityComparer.Instance)).Add(watcher);
        }
    }

    private void RemoveWatcher(IInternalActorRef watcher) => _watchedBy?.Remove(watcher);

    private void HandleDeathWatchNotification(IInternalActorRef actor)
    {
        if (_watching is not null && _watching.Remove(actor, out var custom) && !_terminating)
        {
            (_terminatedQueued ??= new(ReferenceEqualityComparer.Instance)).Add(actor);
            Post(new DeathWatchDelivery(actor, custom ?? new Terminated(actor)), actor);
        }

        if (actor is LocalActorRef local && ReferenceEquals(local.Cell._parent, this))
        {
            HandleChildTerminated(local);
        }
    }

    private void NotifyWatchersAndWatchees()
    {
        if (_watchedBy is not null)
        {
            var notification = new DeathWatchNotification(Self);
            foreach (var watcher in _watchedBy)
            {
                watcher.SendSystem(notification);
            }

            _watchedBy = null;
        }

        if (_watching is not null)
        {
            foreach (var watchee in _watching.Keys)
            {
                if (watchee is IInternalActorRef target)
                {
                    target.SendSystem(new Unwatch(target, Self));
                }
            }

            _watching = null;
        }

        _terminatedQueued = null;
    }
}
