using NanoClaw.Containers.Mounts;

namespace NanoClaw.Actors.Registry;

/// <summary>
/// Makes a registered group's folder: <c>groups/&lt;folder&gt;/</c> with a <c>CLAUDE.md</c>, copied from
/// <c>groups/main/CLAUDE.md</c> when there is one, else the default memory file. An existing
/// <c>CLAUDE.md</c> is never overwritten.
/// </summary>
public sealed class GroupFolderSetup(string groupsRoot, string assistantName)
{
    public const string MemoryFile = "CLAUDE.md";

    public string GroupsRoot { get; } = Path.GetFullPath(groupsRoot);

    /// <returns>The group's folder.</returns>
    public string Create(string folder)
    {
        Directory.CreateDirectory(GroupsRoot);
        Directory.CreateDirectory(Path.Join(GroupsRoot, GroupFolder.GlobalFolder));
        var path = GroupFolder.Resolve(GroupsRoot, folder);
        Directory.CreateDirectory(path);
        var memory = Path.Join(path, MemoryFile);
        if (!File.Exists(memory))
        {
            var template = Path.Join(GroupsRoot, "main", MemoryFile);
            if (folder != "main" && File.Exists(template))
            {
                File.Copy(template, memory);
            }
            else
            {
                File.WriteAllText(memory, DefaultMemory(assistantName));
            }
        }

        return path;
    }

    /// <summary>The memory file a group starts with when there is nothing to copy.</summary>
    public static string DefaultMemory(string assistantName) =>
        $"""
        # {assistantName}

        You are {assistantName}, a personal assistant. You help with tasks, answer questions and can
        schedule reminders.

        ## Memory

        This file is your memory for this group. Write down what you should remember (preferences,
        facts, ongoing work) and keep it tidy. Files you create in this folder stay between
        conversations.

        ## Replies

        Keep replies short and clear; they are read in a chat app. Text inside <internal>…</internal>
        is never shown to the user.

        """;
}
