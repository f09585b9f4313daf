namespace NanoClaw.Host.Api.Contracts;

/// <summary>The container engine as the node last saw it.</summary>
/// <param name="Reachable">The engine answered its last ping.</param>
/// <param name="ImagePresent">The agent image exists in the engine.</param>
/// <param name="Error">Why not, with what to do; null when all is well.</param>
public sealed record DockerHealth(bool Reachable, bool ImagePresent, string? Error);
