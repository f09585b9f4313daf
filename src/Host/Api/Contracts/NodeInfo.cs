namespace NanoClaw.Host.Api.Contracts;

/// <summary>
/// <c>GET /api/info</c>: who answers, and a banner the page shows when it matters (null when nothing
/// to say). <see cref="Engine"/> is the node's <c>nanoclaw.agent.engine</c> (<c>auto</c>,
/// <c>claude-code</c> or <c>builtin</c>).
/// </summary>
public sealed record NodeInfo(string AssistantName, string Version, string ModelProvider, string ModelName, string? Banner, string Engine = "auto");
