using System.Threading.Channels;
using NanoClaw.Containers.Agent.Events;

namespace NanoClaw.Actors.Agents;

/// <summary>
/// One running agent: send it turns, read what it does. <see cref="Events"/> ends with exactly one
/// <see cref="RunnerDisconnected"/>. Disposing stops the agent (grace, then kill) and waits for it to go.
/// </summary>
public interface IAgentSession : IAsyncDisposable
{
    string RunId { get; }

    ChannelReader<AgentEvent> Events { get; }

    /// <summary>Begins the first turn.</summary>
    /// <param name="sessionId">The conversation to resume, or null for a fresh one.</param>
    Task StartAsync(string prompt, string? sessionId, bool isScheduledTask, CancellationToken cancellationToken);

    /// <summary>Begins a further turn in the same conversation.</summary>
    Task SendFollowUpAsync(string prompt, CancellationToken cancellationToken);

    /// <summary>Asks the agent to finish and exit.</summary>
    Task CloseAsync(CancellationToken cancellationToken);

    /// <summary>Completes when the agent (its container) is gone.</summary>
    Task Completion { get; }
}
