using NanoClaw.Containers.Mounts;

namespace NanoClaw.Actors.Registry;

/// <summary>
/// Makes a registered group's folder: <c>groups/&lt;folder&gt;/</c> with a <c>CLAUDE.md</c> from
/// <see cref="GroupTemplates"/> (the main group's own template for main, the group template for every
/// other group — never main's memory, which is private), and <c>groups/global/CLAUDE.md</c>. An
/// existing <c>CLAUDE.md</c> is never overwritten.
/// </summary>
public sealed class GroupFolderSetup(string groupsRoot, string assistantName)
{
    public const string MemoryFile = "CLAUDE.md";

    public string GroupsRoot { get; } = Path.GetFullPath(groupsRoot);

    /// <returns>The group's folder.</returns>
    public string Create(string folder)
    {
        Directory.CreateDirectory(GroupsRoot);
        StartMemory(Path.Join(GroupsRoot, GroupFolder.GlobalFolder), GroupTemplates.Global);
        var path = GroupFolder.Resolve(GroupsRoot, folder);
        StartMemory(path, folder == RegistryActor.MainFolder ? GroupTemplates.Main : GroupTemplates.Group);
        return path;
    }

    private void StartMemory(string directory, string template)
    {
        Directory.CreateDirectory(directory);
        var memory = Path.Join(directory, MemoryFile);
        if (File.Exists(memory))
        {
            return;
        }

        var own = Path.Join(GroupsRoot, template);
        var text = File.Exists(own) ? File.ReadAllText(own) : GroupTemplates.BuiltIn(template);
        File.WriteAllText(memory, text.Replace(GroupTemplates.AssistantName, assistantName, StringComparison.Ordinal));
    }
}
