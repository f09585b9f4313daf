namespace NanoClaw.Containers.Mounts;

/// <summary>A host folder under which extra mounts may lie.</summary>
/// <param name="Path">Absolute, or starting with <c>~</c> for the user's home.</param>
/// <param name="AllowReadWrite">Whether mounts under it may be read-write (when requested).</param>
/// <param name="Description">What it is for; informational.</param>
public sealed record AllowedRoot(string Path, bool AllowReadWrite = false, string? Description = null);
