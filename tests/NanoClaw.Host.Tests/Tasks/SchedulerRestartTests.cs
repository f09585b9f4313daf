using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Host.Tests.Node;

namespace NanoClaw.Host.Tests.Tasks;

public sealed class SchedulerRestartTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task DueWhileDown_RunOnce_RunsOnceAtStartThenFollowsTheSchedule()
    {
        await using var node = await NodeHarness.StartAsync();
        var start = node.Time.GetUtcNow();
        var task = await node.CreateAsync("interval", "3600000");

        await node.RestartAsync(downFor: TimeSpan.FromMinutes(210));
        await node.WaitForRunsAsync(task.Id, 1);
        await node.Replies.NextAsync();

        Assert.Single(await node.RunsAsync(task.Id));
        Assert.Equal(start + (4 * Hour), (await node.TaskAsync(task.Id)).NextRun);
        Assert.Equal(1, node.Runtime.Started);
    }

    [Fact]
    public async Task DueWhileDown_Skip_DoesNotRunAndMovesToTheNextSlot()
    {
        await using var node = await NodeHarness.StartAsync();
        var start = node.Time.GetUtcNow();
        var task = await node.CreateAsync("interval", "3600000", misfire: "skip");

        await node.RestartAsync(downFor: TimeSpan.FromMinutes(210));
        await NodeHarness.EventuallyAsync(async () => (await node.TaskAsync(task.Id)).NextRun == start + (4 * Hour), "the skip");

        Assert.Empty(await node.RunsAsync(task.Id));
        Assert.Equal(0, node.Runtime.Started);
    }

    [Fact]
    public async Task CrashDuringRun_RecordedInterruptedReportedAndNotRepeated()
    {
        var runtime = new InProcessAgentRuntime(turn => Task.Delay(Timeout.Infinite, turn.Stopped));
        await using var node = await NodeHarness.StartAsync(runtime);
        var start = node.Time.GetUtcNow();
        var task = await node.CreateAsync("interval", "3600000");
        node.Time.Advance(Hour);
        await node.WaitForTaskPromptAsync(runtime, task.Id);

        await node.RestartAsync();
        await node.WaitForRunsAsync(task.Id, 1);
        var notice = await node.Replies.NextAsync();

        var run = Assert.Single(await node.RunsAsync(task.Id));
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.Contains("interrupted", notice.Text, StringComparison.Ordinal);
        Assert.Equal(start + (2 * Hour), (await node.TaskAsync(task.Id)).NextRun);
        Assert.Equal(1, runtime.Started);
    }

    [Fact]
    public async Task MessageDuringTaskRun_NotPipedIntoIt_AnsweredAfterwardsInItsOwnRun()
    {
        var release = new TaskCompletionSource();
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            if (turn.IsScheduledTask)
            {
                await release.Task;
            }

            await InProcessAgentRuntime.Echo(turn);
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        var task = await node.CreateAsync("interval", "3600000");
        node.Time.Advance(Hour);
        await node.WaitForTaskPromptAsync(runtime, task.Id);

        await node.PostAsync("web:main", "are you there?");
        release.SetResult();
        var first = await node.Replies.NextAsync();
        var second = await node.Replies.NextAsync();

        Assert.Contains(ScheduledPrompt.Prefix, first.Text, StringComparison.Ordinal);
        Assert.Contains(">are you there?</message>", second.Text, StringComparison.Ordinal);
        Assert.StartsWith("echo #1:", second.Text, StringComparison.Ordinal);
        Assert.Equal(2, runtime.Started);
        await node.WaitForRunsAsync(task.Id, 1);
    }

    [Fact]
    public async Task ContextMode_IsolatedStartsFresh_GroupResumesTheGroupSession()
    {
        var sessions = new System.Collections.Concurrent.ConcurrentQueue<(bool Task, string? Session)>();
        var runtime = new InProcessAgentRuntime(turn =>
        {
            sessions.Enqueue((turn.IsScheduledTask, turn.SessionId));
            return InProcessAgentRuntime.Echo(turn);
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hi");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).SessionId == "session-main", "the group session");
        node.Time.Advance(TimeSpan.FromMinutes(30));
        await GroupFailureTests.WaitForStateAsync(node, "idle");
        var isolated = await node.CreateAsync("once", "2026-01-05T10:00:00", context: "isolated");
        var shared = await node.CreateAsync("once", "2026-01-05T11:00:00", context: "group");

        node.Time.Advance(TimeSpan.FromMinutes(40));
        await node.WaitForRunsAsync(isolated.Id, 1);
        await GroupFailureTests.WaitForStateAsync(node, "idle");
        node.Time.Advance(Hour);
        await node.WaitForRunsAsync(shared.Id, 1);

        var taskSessions = sessions.Where(s => s.Task).Select(s => s.Session).ToList();
        Assert.Equal([null, "session-main"], taskSessions);
        Assert.Equal("session-main", (await node.StatusAsync("main")).SessionId);
    }
}
