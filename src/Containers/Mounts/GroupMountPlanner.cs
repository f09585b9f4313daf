using Microsoft.Extensions.Logging;

namespace NanoClaw.Containers.Mounts;

/// <summary>
/// Plans a group's mounts: its folder read-write at the working directory, <c>groups/global</c>
/// read-only (read-write for main) when it exists, its session and IPC folders read-write, then
/// the extra mounts the validator accepts. A rejected extra mount is skipped with a warning naming
/// the rule; the container still starts.
/// </summary>
public sealed partial class GroupMountPlanner(MountValidator validator, ILogger<GroupMountPlanner> logger)
{
    public const string GroupPath = "/workspace/group";
    public const string GlobalPath = "/workspace/global";
    public const string SessionPath = "/workspace/session";
    public const string IpcPath = "/workspace/ipc";

    /// <exception cref="ArgumentException">The folder name is invalid or escapes <c>groups/</c>.</exception>
    public MountPlan Plan(GroupMountContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var groupDir = GroupFolder.Resolve(context.GroupsRoot, context.Folder);
        var mounts = new List<PlannedMount>
        {
            new(EnsureReal(groupDir), GroupPath, ReadOnly: false),
        };
        var globalDir = GroupFolder.ResolveGlobal(context.GroupsRoot);
        if (Directory.Exists(globalDir))
        {
            mounts.Add(new PlannedMount(EnsureReal(globalDir), GlobalPath, ReadOnly: !context.IsMain));
        }

        mounts.Add(new PlannedMount(EnsureReal(context.SessionDirectory), SessionPath, ReadOnly: false));
        mounts.Add(new PlannedMount(EnsureReal(context.IpcDirectory), IpcPath, ReadOnly: false));

        var skipped = new List<MountDecision>();
        foreach (var request in context.ExtraMounts)
        {
            var decision = validator.Validate(request, context.IsMain);
            if (decision.Accepted && mounts.Any(m => m.ContainerPath == decision.Mount!.ContainerPath))
            {
                decision = MountDecision.Reject(request, MountRule.DuplicateContainerPath, $"{decision.Mount!.ContainerPath} is already mounted");
            }

            if (decision.Accepted)
            {
                mounts.Add(decision.Mount!);
                if (decision.Downgrade is not null)
                {
                    LogDowngraded(context.Folder, decision.ToString());
                }
            }
            else
            {
                skipped.Add(decision);
                LogSkipped(context.Folder, decision.RejectedBy!.Value, decision.ToString());
            }
        }

        return new MountPlan(mounts, skipped);
    }

    /// <summary>Creates the folder if needed and returns its real path (the engine binds real paths).</summary>
    private static string EnsureReal(string directory)
    {
        Directory.CreateDirectory(directory);
        return RealPath.Resolve(directory) ?? throw new DirectoryNotFoundException(directory);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {Folder}: extra mount rejected by rule {Rule}: {Decision}")]
    private partial void LogSkipped(string folder, MountRule rule, string decision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {Folder}: {Decision}")]
    private partial void LogDowngraded(string folder, string decision);
}
