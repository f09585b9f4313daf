namespace NanoClaw.Containers.Docker.Models;

/// <summary>The engine's <c>GET /images/{name}/json</c> answer (the fields we use).</summary>
public sealed record ImageInspect(
    string Id,
    IReadOnlyList<string>? RepoTags,
    string? Created,
    long Size,
    ImageConfig? Config);
