namespace NanoClaw.Host.Api.Contracts;

/// <summary><c>GET /api/info</c>: who answers, and a banner the page shows when it matters (null when nothing to say).</summary>
public sealed record NodeInfo(string AssistantName, string Version, string ModelProvider, string ModelName, string? Banner);
