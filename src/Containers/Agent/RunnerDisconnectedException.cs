namespace NanoClaw.Containers.Agent;

/// <summary>
/// The runner's end of the socket closed or reset. Thrown by sends after the fact; the event
/// stream reports the same as <see cref="Events.RunnerDisconnected"/>.
/// </summary>
public sealed class RunnerDisconnectedException : Exception
{
    public RunnerDisconnectedException()
    {
    }

    public RunnerDisconnectedException(string message)
        : base(message)
    {
    }

    public RunnerDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
