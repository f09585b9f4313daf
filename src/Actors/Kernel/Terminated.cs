namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Delivered to a watcher when a watched actor has stopped for good. It arrives after every message
/// the dead actor sent to the watcher. An actor that does not handle it fails with
/// <see cref="DeathPactException"/>.
/// </summary>
/// <param name="ActorRef">The actor that stopped.</param>
public sealed record Terminated(IActorRef ActorRef);
