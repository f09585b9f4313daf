namespace NanoClaw.Actors.Kernel;

/// <summary>The reference to an actor of this process; one per incarnation chain, stable across restarts.</summary>
internal sealed class LocalActorRef(ActorCell cell, ActorPath path) : IInternalActorRef
{
    public ActorPath Path { get; } = path;

    internal ActorCell Cell { get; } = cell;

    public bool IsTerminated => Cell.IsClosed;

    public ActorSystem System => Cell.System;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Cell.Post(message, sender ?? ActorCell.Current?.Self);
    }

    public void SendSystem(SystemMessage message) => Cell.PostSystem(message);

    public override string ToString() => Path.ToString();
}
