namespace NanoClaw.Containers.Mounts;

/// <summary>An extra mount a group's configuration asks for.</summary>
/// <param name="HostPath">Absolute, or starting with <c>~</c>; symlinks are followed before any check.</param>
/// <param name="ContainerPath">Relative path under <c>/workspace/extra/</c>; defaults to the host folder's name.</param>
/// <param name="ReadOnly">Read-write only when false and the allowlist permits it. The default is read-only.</param>
public sealed record ExtraMountRequest(string HostPath, string? ContainerPath = null, bool ReadOnly = true);
