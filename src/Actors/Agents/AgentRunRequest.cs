using NanoClaw.Containers.Agent.Tools;

namespace NanoClaw.Actors.Agents;

/// <summary>What a run needs to know about its group.</summary>
/// <param name="RunId">Unique per run, lower-case letters and digits; part of the container name.</param>
/// <param name="GroupFolder">The group's folder under <c>groups/</c>.</param>
/// <param name="ChatId">The group's primary chat; where <c>send_message</c> goes by default.</param>
/// <param name="IsMain">Whether this is the main (trusted) group.</param>
/// <param name="ToolHandler">Answers the agent's host tool calls for this group (already authorizing).</param>
/// <param name="Engine">The engine the group asks for, or null for the node's default.</param>
public sealed record AgentRunRequest(
    string RunId,
    string GroupFolder,
    string ChatId,
    bool IsMain,
    IHostToolHandler ToolHandler,
    string? Engine = null);
