namespace NanoClaw.Actors.Registry;

/// <summary>
/// The memory files a group starts with, from the checkout's <c>groups/</c> folder: <c>main/CLAUDE.md</c>
/// for the main group, <c>global/CLAUDE.md</c> for the memory every group reads, <c>CLAUDE.md</c> for
/// every other group. The node's own groups folder may hold its own versions (they win); these copies
/// are built into the binary for a groups folder that has none. <see cref="AssistantName"/> in a
/// template becomes the assistant's name when it is copied.
/// </summary>
public static class GroupTemplates
{
    /// <summary>The placeholder a template writes for the assistant's name.</summary>
    public const string AssistantName = "{assistant-name}";

    /// <summary>The main group's template, relative to the groups folder.</summary>
    public static readonly string Main = Path.Join("main", GroupFolderSetup.MemoryFile);

    /// <summary>The shared memory, relative to the groups folder.</summary>
    public static readonly string Global = Path.Join("global", GroupFolderSetup.MemoryFile);

    /// <summary>What every other group starts with, relative to the groups folder.</summary>
    public static readonly string Group = GroupFolderSetup.MemoryFile;

    /// <summary>The built-in copy of <paramref name="template"/> (one of the relative paths above).</summary>
    public static string BuiltIn(string template)
    {
        var name = "NanoClaw.Groups." + template.Replace(Path.DirectorySeparatorChar, '.');
        using var stream = typeof(GroupTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No built-in group template {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
