namespace NanoClaw.Host.Api.Contracts;

/// <summary><c>PUT /api/groups/{folder}/engine</c>: <c>claude-code</c>, <c>builtin</c>, or null for the node's default.</summary>
public sealed record SetEngineRequest(string? Engine);
