using System.Text.RegularExpressions;

namespace NanoClaw.Containers.Mounts;

/// <summary>
/// Rules for a group's folder name and where it lives. A name is 1–64 characters of letters,
/// digits, <c>_</c> and <c>-</c>, starting with a letter or digit; <c>global</c> is reserved for
/// the shared memory folder. The resolved folder (symlinks followed) must stay under <c>groups/</c>.
/// </summary>
public static partial class GroupFolder
{
    public const string GlobalFolder = "global";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>Why <paramref name="folder"/> is not a valid group folder name, or null when it is.</summary>
    public static string? Problem(string? folder) => folder switch
    {
        null or "" => "the group folder name is empty",
        _ when !NamePattern().IsMatch(folder) =>
            $"group folder '{folder}' must match ^[A-Za-z0-9][A-Za-z0-9_-]{{0,63}}$",
        _ when string.Equals(folder, GlobalFolder, StringComparison.OrdinalIgnoreCase) =>
            $"group folder '{folder}' is reserved for the shared global folder",
        _ => null,
    };

    public static bool IsValid(string? folder) => Problem(folder) is null;

    /// <summary>
    /// The folder's absolute path under <paramref name="groupsRoot"/>. When it exists, its real
    /// path must stay under the real groups root (a symlink out of <c>groups/</c> is refused).
    /// </summary>
    /// <exception cref="ArgumentException">The name is invalid or the folder escapes the groups root.</exception>
    public static string Resolve(string groupsRoot, string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupsRoot);
        if (Problem(folder) is { } problem)
        {
            throw new ArgumentException(problem, nameof(folder));
        }

        return ResolveUnder(groupsRoot, folder);
    }

    /// <summary>The shared <c>groups/global</c> folder, with the same escape check.</summary>
    public static string ResolveGlobal(string groupsRoot) => ResolveUnder(groupsRoot, GlobalFolder);

    private static string ResolveUnder(string groupsRoot, string folder)
    {
        var root = Path.GetFullPath(groupsRoot);
        var path = Path.Join(root, folder);
        if (RealPath.Resolve(path) is { } real &&
            RealPath.Resolve(root) is { } realRoot &&
            !RealPath.IsUnder(real, realRoot))
        {
            throw new ArgumentException($"group folder '{folder}' resolves to {real}, outside {realRoot}", nameof(folder));
        }

        return path;
    }
}
