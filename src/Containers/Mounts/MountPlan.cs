namespace NanoClaw.Containers.Mounts;

/// <summary>The mounts a group's container gets, and the extra mounts skipped (each naming its rule).</summary>
public sealed record MountPlan(IReadOnlyList<PlannedMount> Mounts, IReadOnlyList<MountDecision> Skipped);
