namespace NanoClaw.Containers.Docker.Models;

/// <summary>The engine's <c>GET /version</c> answer (the fields we use).</summary>
public sealed record EngineVersion(
    string Version,
    string ApiVersion,
    string? MinApiVersion,
    string? Os,
    string? Arch,
    string? KernelVersion);
