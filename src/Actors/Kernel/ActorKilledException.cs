namespace NanoClaw.Actors.Kernel;

/// <summary>Raised inside an actor that received <see cref="Kill"/>; the default decider stops it.</summary>
public sealed class ActorKilledException : ActorException
{
    public ActorKilledException()
        : base("Kill")
    {
    }

    public ActorKilledException(string message)
        : base(message)
    {
    }

    public ActorKilledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
