namespace NanoClaw.Actors.Kernel;

/// <summary>
/// The self-addressed user message that carries a <see cref="Terminated"/> (or a WatchWith message)
/// to the watcher, so it queues behind everything the dead actor sent. Dropped if Unwatch came first.
/// </summary>
internal sealed record DeathWatchDelivery(IActorRef Watchee, object Message) : Events.IDeadLetterSuppression;
