namespace NanoClaw.Containers.Agent;

/// <summary>The runner broke the protocol in a way the run cannot continue from (e.g. a version mismatch).</summary>
public sealed class AgentProtocolException : Exception
{
    public AgentProtocolException()
    {
    }

    public AgentProtocolException(string message)
        : base(message)
    {
    }

    public AgentProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
