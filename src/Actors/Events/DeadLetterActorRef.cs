using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Events;

/// <summary>
/// <c>/deadLetters</c>: publishes every message it receives as a <see cref="DeadLetter"/> and logs it.
/// Watching it yields <see cref="Terminated"/> at once, as it never lived.
/// </summary>
internal sealed class DeadLetterActorRef(ActorSystem system, ActorPath path, DeadLetterLogger logger) : IInternalActorRef
{
    public ActorPath Path { get; } = path;

    public bool IsTerminated => true;

    public ActorSystem System => system;

    public void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is DeadLetter deadLetter)
        {
            Publish(deadLetter);
        }
        else
        {
            Publish(message, sender ?? ActorCell.Current?.Self, this);
        }
    }

    public void SendSystem(SystemMessage message)
    {
        if (message is Watch watch)
        {
            watch.Watcher.SendSystem(new DeathWatchNotification(this));
        }
    }

    /// <summary>Publishes an undeliverable message unless it asks to be suppressed.</summary>
    public void Publish(object message, IActorRef? sender, IActorRef recipient)
    {
        if (message is IDeadLetterSuppression)
        {
            return;
        }

        Publish(new DeadLetter(message, sender ?? ActorRefs.Nobody, recipient));
    }

    public override string ToString() => Path.ToString();

    private void Publish(DeadLetter deadLetter)
    {
        logger.Log(deadLetter);
        system.EventStream.Publish(deadLetter);
    }
}
