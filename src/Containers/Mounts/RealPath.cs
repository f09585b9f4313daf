namespace NanoClaw.Containers.Mounts;

/// <summary>
/// <c>realpath(3)</c> in managed code: an absolute path with every symlink followed, component by
/// component, and <c>.</c>/<c>..</c> applied to the resolved prefix (so <c>link/..</c> means the
/// link target's parent, as the kernel sees it).
/// </summary>
internal static class RealPath
{
    /// <summary>Bound on symlinks followed, like the kernel's ELOOP limit.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path, or null when some component does not exist (or links loop).</summary>
    public static string? Resolve(string path)
    {
        // Not Path.GetFullPath: it folds "link/.." lexically, before the link is followed.
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var pending = new Stack<string>(Components(absolute).Reverse());
        var current = "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var candidate = Path.Join(current, part);
            var info = new FileInfo(candidate);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                foreach (var piece in Components(target).Reverse())
                {
                    pending.Push(piece);
                }

                if (Path.IsPathRooted(target))
                {
                    current = "/";
                }

                continue;
            }

            if (!info.Exists && !Directory.Exists(candidate))
            {
                return null;
            }

            current = candidate;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or inside it (both real paths).</summary>
    public static bool IsUnder(string path, string root) =>
        path == root || root == "/" || path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);

    public static IEnumerable<string> Components(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
