namespace NanoClaw.Containers.Docker.Models;

/// <summary>One entry of <c>GET /containers/json</c>.</summary>
public sealed record ContainerSummary(
    string Id,
    IReadOnlyList<string>? Names,
    string? Image,
    string? State,
    string? Status,
    IReadOnlyDictionary<string, string>? Labels);
