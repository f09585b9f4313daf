namespace NanoClaw.Containers.Docker.Models;

/// <summary>A container's run state as the engine reports it.</summary>
public sealed record ContainerState(
    string? Status,
    bool Running,
    bool OomKilled,
    long ExitCode,
    string? Error,
    string? StartedAt,
    string? FinishedAt);
