namespace NanoClaw.Actors.Agents;

/// <summary>An agent run could not start. The message says why in words a user can act on.</summary>
public sealed class AgentStartException : Exception
{
    public AgentStartException()
    {
    }

    public AgentStartException(string message)
        : base(message)
    {
    }

    public AgentStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
