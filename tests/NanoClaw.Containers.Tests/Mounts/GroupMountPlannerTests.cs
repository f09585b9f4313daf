using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Mounts;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Mounts;

public sealed class GroupMountPlannerTests : IDisposable
{
    private readonly MountTree _tree = new();
    private readonly CapturingLogger<GroupMountPlanner> _logger = new();

    public void Dispose() => _tree.Dispose();

    private string Groups => Path.Join(_tree.Root, "groups");

    private MountPlan Plan(bool isMain, params ExtraMountRequest[] extra)
    {
        Directory.CreateDirectory(Path.Join(Groups, "global"));
        var planner = new GroupMountPlanner(_tree.Validator(), _logger);
        return planner.Plan(new GroupMountContext(
            Groups, "family", isMain, Path.Join(_tree.Root, "data/sessions/family"), Path.Join(_tree.Root, "data/ipc/family"), extra));
    }

    [Fact]
    public void Plan_NonMain_GroupRwGlobalRoSessionAndIpcRw()
    {
        var plan = Plan(isMain: false);

        Assert.Equal(
            [
                new PlannedMount(Path.Join(Groups, "family"), "/workspace/group", false),
                new PlannedMount(Path.Join(Groups, "global"), "/workspace/global", true),
                new PlannedMount(Path.Join(_tree.Root, "data/sessions/family"), "/workspace/session", false),
                new PlannedMount(Path.Join(_tree.Root, "data/ipc/family"), "/workspace/ipc", false),
            ],
            plan.Mounts);
        Assert.True(Directory.Exists(Path.Join(Groups, "family")));
    }

    [Fact]
    public void Plan_Main_GlobalIsReadWrite()
    {
        var plan = Plan(isMain: true);

        Assert.False(plan.Mounts.Single(m => m.ContainerPath == "/workspace/global").ReadOnly);
    }

    [Fact]
    public void Plan_RejectedExtraMount_SkippedWithWarningNamingRule()
    {
        var plan = Plan(false, new ExtraMountRequest("~/projects/app", "code"), new ExtraMountRequest("~/projects/.ssh", "keys"));

        Assert.Contains(plan.Mounts, m => m.ContainerPath == "/workspace/extra/code");
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal(MountRule.BlockedPattern, skipped.RejectedBy);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("BlockedPattern", warning.Message, StringComparison.Ordinal);
        Assert.Contains("family", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TwoExtraMountsSameTarget_SecondSkipped()
    {
        var plan = Plan(false, new ExtraMountRequest("~/projects/app", "x"), new ExtraMountRequest("~/docs/manual", "x"));

        Assert.Single(plan.Mounts, m => m.ContainerPath == "/workspace/extra/x");
        Assert.Equal(MountRule.DuplicateContainerPath, Assert.Single(plan.Skipped).RejectedBy);
    }

    [Fact]
    public void Plan_InvalidFolder_Throws()
    {
        var planner = new GroupMountPlanner(_tree.Validator(), _logger);

        Assert.Throws<ArgumentException>(() => planner.Plan(new GroupMountContext(Groups, "global", true, "/tmp/s", "/tmp/i", [])));
    }
}
