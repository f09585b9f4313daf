using System.Text.Json;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>Sends a host tool request over the agent socket and waits for the host's answer.</summary>
public interface IHostToolGateway
{
    Task<ToolOutcome> CallAsync(string name, JsonElement arguments, CancellationToken cancellationToken);
}
