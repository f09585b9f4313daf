namespace NanoClaw.Containers.Mounts;

/// <summary>The allowlist file's JSON shape, before validation.</summary>
internal sealed record MountAllowlistFile(
    IReadOnlyList<AllowedRoot>? AllowedRoots,
    IReadOnlyList<string>? BlockedPatterns,
    bool? NonMainReadOnly);
