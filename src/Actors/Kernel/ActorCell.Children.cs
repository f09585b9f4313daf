using System.Globalization;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The children registry. A name stays taken until the parent has processed the child's termination.
/// The dictionary is locked because a guardian's <c>ActorOf</c> is called from any thread; no user code
/// runs under the lock.
/// </summary>
internal sealed partial class ActorCell
{
    private Dictionary<string, LocalActorRef>? _children;

    /// <summary>Set under the children lock when termination begins; no child may be added after it.</summary>
    private bool _childrenClosed;

    /// <summary>Children this actor asked to stop and has not yet seen terminate; turn-owned.</summary>
    private HashSet<IActorRef>? _stoppingChildren;

    private long _nextChildId;

    public IReadOnlyCollection<IActorRef> Children => ChildrenSnapshot();

    private bool HasStoppingChildren => _stoppingChildren is { Count: > 0 };

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is null)
        {
            name = "$" + Interlocked.Increment(ref _nextChildId).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            ValidateName(name);
        }

        var child = new ActorCell(_system, props, this, Self.Path.Child(name));
        var children = ChildrenDictionary();
        lock (children)
        {
            if (Volatile.Read(ref _childrenClosed))
            {
                throw new InvalidOperationException($"{Self.Path} is stopping and cannot create children.");
            }

            if (!children.TryAdd(name, child.Self))
            {
                throw new InvalidActorNameException($"The name '{name}' is already taken under {Self.Path}.");
            }
        }

        child.Start();
        return child.Self;
    }

    public IActorRef? Child(string name)
    {
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return null;
        }

        lock (children)
        {
            return children.GetValueOrDefault(name);
        }
    }

    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor = ActorRefIdentity.Of(actor);
        if (actor is LocalActorRef local && IsLiveChild(local))
        {
            (_stoppingChildren ??= new(ReferenceEqualityComparer.Instance)).Add(local);
        }

        if (actor is IInternalActorRef target)
        {
            target.SendSystem(Terminate.Instance);
        }
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || name[0] == '$' || name.Contains('/') || name.Any(char.IsWhiteSpace))
        {
            throw new InvalidActorNameException($"'{name}' is not a valid actor name: it must be non-empty, not start with '$', and hold no '/' or white space.");
        }
    }

    private Dictionary<string, LocalActorRef> ChildrenDictionary()
    {
        var children = Volatile.Read(ref _children);
        if (children is not null)
        {
            return children;
        }

        Interlocked.CompareExchange(ref _children, new Dictionary<string, LocalActorRef>(StringComparer.Ordinal), null);
        return _children!;
    }

    private bool IsLiveChild(LocalActorRef child) => ReferenceEquals(child.Cell._parent, this) && !child.IsTerminated;

    private IInternalActorRef[] ChildrenSnapshot()
    {
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return [];
        }

        lock (children)
        {
            return [.. children.Values];
        }
    }

    private void SendToChildren(SystemMessage message)
    {
        foreach (var child in ChildrenSnapshot())
        {
            child.SendSystem(message);
        }
    }

    /// <summary>Closes the registry and stops every child; returns whether any must be awaited.</summary>
    private bool StopAllChildren()
    {
        // Closing before looking keeps a concurrent guardian ActorOf from slipping a child in unseen;
        // the fence orders this write before the read below (ActorOf's CompareExchange is its fence).
        Volatile.Write(ref _childrenClosed, true);
        Interlocked.MemoryBarrier();
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return false;
        }

        IInternalActorRef[] snapshot;
        lock (children)
        {
            _childrenClosed = true;
            snapshot = [.. children.Values];
        }

        foreach (var child in snapshot)
        {
            Stop(child);
        }

        return snapshot.Length > 0;
    }

    private void HandleChildTerminated(LocalActorRef child)
    {
        _stoppingChildren?.Remove(child);
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return;
        }

        int remaining;
        lock (children)
        {
            if (!children.TryGetValue(child.Path.Name, out var registered) || !ReferenceEquals(registered, child))
            {
                return;
            }

            children.Remove(child.Path.Name);
            remaining = children.Count;
        }

        if (_terminating)
        {
            if (remaining == 0)
            {
                FinishTerminate();
            }
        }
        else if (_pendingRecreateCause is { } cause && !HasStoppingChildren)
        {
            FinishRecreate(cause);
        }
    }
}
