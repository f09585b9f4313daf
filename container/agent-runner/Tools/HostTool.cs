using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// A tool carried out by the host (messaging, tasks, groups). The runner only forwards it; the
/// host validates and authorizes, knowing the group from the socket, not from these arguments.
/// </summary>
public sealed class HostTool(ToolDefinition definition, IHostToolGateway gateway) : IAgentTool
{
    public ToolDefinition Definition { get; } = definition;

    public Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken) =>
        gateway.CallAsync(Definition.Name, input, cancellationToken);
}
