using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Containers.Agent.Events;

/// <summary>A host tool request was answered (refusals included).</summary>
public sealed record ToolRequestHandled(string RequestId, string Name, HostToolResult Result) : AgentEvent;
