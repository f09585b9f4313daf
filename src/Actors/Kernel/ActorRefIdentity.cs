namespace NanoClaw.Actors.Kernel;

/// <summary>Resolves proxies to the reference the kernel knows an actor by.</summary>
internal static class ActorRefIdentity
{
    public static IActorRef Of(IActorRef actor) => actor is IActorRefProxy proxy ? proxy.Underlying : actor;
}
