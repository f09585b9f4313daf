namespace NanoClaw.Containers.Docker.Models;

/// <summary>One JSON line of the engine's build progress stream.</summary>
public sealed record BuildProgressLine(
    string? Stream,
    string? Status,
    string? Error,
    BuildErrorDetail? ErrorDetail,
    BuildAux? Aux);
