namespace NanoClaw.Actors.Kernel;

/// <summary>Builds the actor instance and runs <c>PreStart</c>; always the first message a cell sees.</summary>
internal sealed record Create : SystemMessage
{
    public static Create Instance { get; } = new();
}

/// <summary>Stops the actor: children first, then <c>PostStop</c>, dead letters, watchers, parent.</summary>
internal sealed record Terminate : SystemMessage
{
    public static Terminate Instance { get; } = new();
}

/// <summary>Registers <paramref name="Watcher"/> for a death notification of <paramref name="Watchee"/>.</summary>
internal sealed record Watch(IInternalActorRef Watchee, IInternalActorRef Watcher) : SystemMessage;

/// <summary>Removes a registration made by <see cref="Watch"/>.</summary>
internal sealed record Unwatch(IInternalActorRef Watchee, IInternalActorRef Watcher) : SystemMessage;

/// <summary>Tells a watcher (and the parent) that <paramref name="Actor"/> has terminated.</summary>
internal sealed record DeathWatchNotification(IInternalActorRef Actor) : SystemMessage;

/// <summary>Tells a parent that its child failed and is suspended awaiting a directive.</summary>
internal sealed record Failed(IInternalActorRef Child, Exception Cause) : SystemMessage;

/// <summary>Stops user-message processing until a matching <see cref="Resume"/>.</summary>
internal sealed record Suspend : SystemMessage
{
    public static Suspend Instance { get; } = new();
}

/// <summary>Undoes one <see cref="Suspend"/> or a failure suspension.</summary>
internal sealed record Resume : SystemMessage
{
    public static Resume Instance { get; } = new();
}

/// <summary>Replaces the actor instance after a failure; the mailbox and the reference survive.</summary>
internal sealed record Recreate(Exception Cause) : SystemMessage;
