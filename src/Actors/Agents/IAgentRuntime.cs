namespace NanoClaw.Actors.Agents;

/// <summary>
/// Starts agent runs. The node's runtime runs each in an isolated container
/// (the Docker runtime); tests and the route benchmark use an in-process agent.
/// </summary>
public interface IAgentRuntime
{
    /// <summary>
    /// Starts the group's agent and returns once the runner has connected and said hello. Throws when
    /// the run cannot start (engine unreachable, image missing, runner exited before connecting); the
    /// message says why in words a user can act on.
    /// </summary>
    Task<IAgentSession> StartAsync(AgentRunRequest request, CancellationToken cancellationToken);
}
