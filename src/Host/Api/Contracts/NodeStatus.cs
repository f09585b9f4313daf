using NanoClaw.Actors.Contracts;

namespace NanoClaw.Host.Api.Contracts;

/// <summary><c>GET /api/status</c>.</summary>
public sealed record NodeStatus(
    IReadOnlyList<GroupStatus> Groups,
    IReadOnlyList<RunStatus> Containers,
    IReadOnlyList<QueueEntry> Queue,
    int MaxConcurrent);
