namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An immutable, thread-safe handle to an actor. Sending never blocks and never throws because the
/// target has stopped: such messages end in dead letters.
/// </summary>
public interface IActorRef
{
    /// <summary>The actor's place in the hierarchy, e.g. <c>/user/groups/family</c>.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Enqueues <paramref name="message"/> for the actor. When <paramref name="sender"/> is null and the
    /// call is made from inside an actor's turn, that actor is the sender (Akka's implicit sender).
    /// </summary>
    void Tell(object message, IActorRef? sender = null);
}
