namespace NanoClaw.Actors.Kernel;

/// <summary>Raised by <c>ActorOf</c> for an empty, malformed, reserved or already used child name.</summary>
public sealed class InvalidActorNameException : ActorException
{
    public InvalidActorNameException()
    {
    }

    public InvalidActorNameException(string message)
        : base(message)
    {
    }

    public InvalidActorNameException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
