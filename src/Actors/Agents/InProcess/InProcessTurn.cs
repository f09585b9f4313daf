using System.Threading.Channels;
using NanoClaw.Containers.Agent.Events;

namespace NanoClaw.Actors.Agents.InProcess;

/// <summary>One turn handed to an in-process agent: what it was asked and where its events go.</summary>
/// <param name="Number">1 for the run's first turn, 2 for its first follow-up, …</param>
/// <param name="SessionId">The session the run resumed (first turn), or null.</param>
public sealed record InProcessTurn(
    AgentRunRequest Request,
    string Prompt,
    int Number,
    string? SessionId,
    bool IsScheduledTask,
    ChannelWriter<AgentEvent> Events,
    CancellationToken Stopped);
