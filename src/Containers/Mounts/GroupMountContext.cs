namespace NanoClaw.Containers.Mounts;

/// <summary>The facts about a group that decide its mounts.</summary>
/// <param name="GroupsRoot">The <c>groups/</c> folder holding every group's folder and <c>global</c>.</param>
/// <param name="Folder">The group's folder name (validated).</param>
/// <param name="IsMain">The main group gets read-write <c>global</c> and may have read-write extra mounts despite nonMainReadOnly.</param>
/// <param name="SessionDirectory">The group's session folder (agent conversation state), mounted read-write.</param>
/// <param name="IpcDirectory">The group's IPC folder holding the protocol sockets.</param>
/// <param name="ExtraMounts">Extra mounts from the group's configuration, validated against the allowlist.</param>
public sealed record GroupMountContext(
    string GroupsRoot,
    string Folder,
    bool IsMain,
    string SessionDirectory,
    string IpcDirectory,
    IReadOnlyList<ExtraMountRequest> ExtraMounts);
