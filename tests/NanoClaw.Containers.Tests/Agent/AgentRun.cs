using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.ModelProxy;
using NanoClaw.Containers.Runtime;

namespace NanoClaw.Containers.Tests.Agent;

/// <summary>One running agent container as the end-to-end tests see it.</summary>
internal sealed record AgentRun(
    AgentSocketServer Server, AgentConnection Connection, Task<ContainerRunResult> Container, string ContainerName, ProxyRun Proxy)
    : IAsyncDisposable
{
    /// <summary>Events up to and including the turn's end (idle, or the runner leaving).</summary>
    public async Task<List<AgentEvent>> ReadTurnAsync(CancellationToken cancellationToken)
    {
        var events = new List<AgentEvent>();
        await foreach (var agentEvent in Connection.Events.ReadAllAsync(cancellationToken))
        {
            events.Add(agentEvent);
            if (agentEvent is TurnIdled or RunnerDisconnected)
            {
                break;
            }
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Server.DisposeAsync();
    }
}
