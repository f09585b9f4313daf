using System.Text.Json;

namespace NanoClaw.AgentRunner.Models;

/// <summary>A tool as the model sees it: name, description and a JSON schema for its input.</summary>
public sealed record ToolDefinition(string Name, string Description, JsonElement InputSchema);
