namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Raised when an actor receives a <see cref="Terminated"/> it does not handle: by watching it, the
/// actor declared it cannot live without the other one. The default decider stops it.
/// </summary>
public sealed class DeathPactException : ActorException
{
    public DeathPactException()
    {
    }

    public DeathPactException(string message)
        : base(message)
    {
    }

    public DeathPactException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public DeathPactException(IActorRef deadActor)
        : base($"Monitored actor {deadActor.Path} terminated and its Terminated message was not handled.")
    {
        DeadActor = deadActor;
    }

    public IActorRef? DeadActor { get; }
}
