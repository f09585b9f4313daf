using System.Globalization;
using NanoClaw.Containers.Mounts;

namespace NanoClaw.Host.Agents;

/// <summary>
/// The host folders of a group's run: <c>groups/&lt;folder&gt;</c> (the agent's working directory,
/// with <c>logs/</c>), <c>data/sessions/&lt;folder&gt;</c> (conversation history) and
/// <c>data/ipc/&lt;folder&gt;</c> (the agent socket); and <c>groups/global</c>, which only the main
/// group's agent may write.
/// <para>
/// The agent runs as uid 1000 in the container. When the node runs as uid 1000 too, the folders
/// are simply its own. Otherwise (root, or another user) the three folders the agent writes get
/// mode 0777 (and <c>groups/global</c> too when the main group runs); ownership is not changed, so the node needs no privilege and files the agent makes
/// stay readable to the node. On a machine shared with untrusted local users, run the node as uid
/// 1000 (or give <c>data/</c> and <c>groups/</c> a parent only the node can enter).
/// </para>
/// </summary>
public sealed record AgentRunFolders(string Group, string Logs, string Session, string Ipc, string Global)
{
    /// <summary>The user the agent image runs as.</summary>
    public const int AgentUid = 1000;

    public const string SocketName = "agent.sock";

    private const UnixFileMode Open = (UnixFileMode)0b111_111_111;

    public string AgentSocket => Path.Join(Ipc, SocketName);

    public static AgentRunFolders For(string groupsDirectory, string dataDirectory, string folder) => new(
        Path.Join(groupsDirectory, folder),
        Path.Join(groupsDirectory, folder, "logs"),
        Path.Join(dataDirectory, "sessions", folder),
        Path.Join(dataDirectory, "ipc", folder),
        Path.Join(groupsDirectory, GroupFolder.GlobalFolder));

    /// <summary>Creates the folders and makes the agent's ones writable by <see cref="AgentUid"/>.</summary>
    /// <param name="isMain">The main group's agent writes <c>groups/global</c> as well.</param>
    public void Prepare(bool isMain)
    {
        Directory.CreateDirectory(Logs);
        Directory.CreateDirectory(Session);
        Directory.CreateDirectory(Ipc);
        Directory.CreateDirectory(Global);
        if (OperatingSystem.IsWindows() || CurrentUid() == AgentUid)
        {
            return;
        }

        foreach (var directory in isMain ? (string[])[Group, Session, Ipc, Global] : [Group, Session, Ipc])
        {
            File.SetUnixFileMode(directory, Open);
        }
    }

    /// <summary>The process's real uid from <c>/proc/self/status</c>; -1 when it cannot be read.</summary>
    internal static int CurrentUid()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var field = line?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
            return int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : -1;
        }
        catch (IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
