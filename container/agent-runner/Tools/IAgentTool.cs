using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>A tool the model may call. Invalid input is reported as a failed outcome, never thrown.</summary>
public interface IAgentTool
{
    ToolDefinition Definition { get; }

    Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken);
}
