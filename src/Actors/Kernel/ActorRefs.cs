namespace NanoClaw.Actors.Kernel;

/// <summary>Well-known references that stand for "no actor".</summary>
public static class ActorRefs
{
    /// <summary>The sender to pass when there is none; replies to it go to dead letters.</summary>
    public static readonly IActorRef? NoSender;

    /// <summary>A reference that accepts and drops every message; used where a non-null ref is required.</summary>
    public static readonly IActorRef Nobody = new NobodyActorRef();
}
