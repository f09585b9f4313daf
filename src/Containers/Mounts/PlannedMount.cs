namespace NanoClaw.Containers.Mounts;

/// <summary>A bind mount that passed every check: a real host path and an absolute container path.</summary>
public sealed record PlannedMount(string HostPath, string ContainerPath, bool ReadOnly);
