using System.Text.Json;

namespace NanoClaw.Containers.Agent.Tools;

/// <summary>A host tool call with the caller's identity as the host knows it from the socket.</summary>
public sealed record HostToolRequest(AgentRunIdentity Caller, string Name, JsonElement Arguments);
