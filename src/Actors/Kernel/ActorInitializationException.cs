namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Wraps a failure in an actor's constructor, <c>PreStart</c> or <c>PostRestart</c>; the default
/// decider stops the actor rather than restarting it into the same failure.
/// </summary>
public sealed class ActorInitializationException : ActorException
{
    public ActorInitializationException()
    {
    }

    public ActorInitializationException(string message)
        : base(message)
    {
    }

    public ActorInitializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The actor that failed to start, when known.</summary>
    public IActorRef? Actor { get; init; }
}
