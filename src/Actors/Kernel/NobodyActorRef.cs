namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The reference behind <see cref="ActorRefs.Nobody"/>. It belongs to no system, so it cannot publish
/// dead letters; it drops what it is sent.
/// </summary>
internal sealed class NobodyActorRef : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Root.Child("nobody");

    public void Tell(object message, IActorRef? sender = null)
    {
    }

    public override string ToString() => "Nobody";
}
