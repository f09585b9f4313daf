namespace NanoClaw.Containers.Docker.Models;

/// <summary>One entry of <c>HostConfig.Mounts</c>; we only use <c>bind</c> mounts.</summary>
public sealed record MountSpec(string Target, string Source, string Type = "bind", bool ReadOnly = false);
