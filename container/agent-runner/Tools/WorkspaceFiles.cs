namespace NanoClaw.AgentRunner.Tools;

/// <summary>Walks files below a folder without following folder symlinks (they could lead outside) and skipping unreadable folders.</summary>
internal static class WorkspaceFiles
{
    public static IEnumerable<string> Enumerate(string root) =>
        new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        }).Select(f => f.FullName).Order(StringComparer.Ordinal);
}
