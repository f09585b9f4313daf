namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// The folders file tools may touch: the group folder (the working directory) and the other
/// mounted workspace folders. Paths are resolved to real paths — symlinks followed — before the
/// check, so neither <c>..</c> nor a link can reach outside.
/// </summary>
public sealed class Workspace
{
    private readonly List<string> _roots;

    public Workspace(string groupDirectory, IEnumerable<string> otherRoots)
    {
        GroupDirectory = Path.GetFullPath(groupDirectory);
        _roots = [.. new[] { GroupDirectory }.Concat(otherRoots.Select(Path.GetFullPath)).Select(RealPath)];
    }

    public string GroupDirectory { get; }

    /// <summary>Resolves <paramref name="path"/> (relative to the group folder) or explains the refusal.</summary>
    public bool TryResolve(string? path, out string fullPath, out string error)
    {
        fullPath = string.Empty;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "A path is required.";
            return false;
        }

        var candidate = RealPath(Path.GetFullPath(Path.Combine(GroupDirectory, path)));
        if (!_roots.Any(root => IsUnder(candidate, root)))
        {
            error = $"Refused: '{path}' is outside the workspace ({string.Join(", ", _roots)}).";
            return false;
        }

        fullPath = candidate;
        error = string.Empty;
        return true;
    }

    /// <summary>The path shown to the model: relative to the group folder when inside it.</summary>
    public string Display(string fullPath) =>
        IsUnder(fullPath, GroupDirectory) ? Path.GetRelativePath(GroupDirectory, fullPath) : fullPath;

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);

    /// <summary>Follows symlinks in every existing component; the missing tail is kept as written.</summary>
    private static string RealPath(string fullPath)
    {
        var parts = fullPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = "/";
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists)
            {
                return Path.Combine([current, .. parts[i..]]);
            }

            current = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next : next;
        }

        return current;
    }
}
