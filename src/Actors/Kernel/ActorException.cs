namespace NanoClaw.Actors.Kernel;

/// <summary>Base of the exceptions the kernel raises about actors.</summary>
public class ActorException : Exception
{
    public ActorException()
    {
    }

    public ActorException(string message)
        : base(message)
    {
    }

    public ActorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
