using Akka.Actor;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tasks;
using NanoClaw.Host.Tests.Node;

namespace NanoClaw.Host.Tests.Tasks;

public sealed class SchedulerActorTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task Interval_RunsAtItsTime_OutputInChat_NextAnchoredToDueTime()
    {
        await using var node = await NodeHarness.StartAsync();
        var start = node.Time.GetUtcNow();
        var task = await node.CreateAsync("interval", "3600000");
        Assert.Equal(start + Hour, task.NextRun);

        node.Time.Advance(Hour);
        var reply = await node.Replies.NextAsync();
        await node.WaitForRunsAsync(task.Id, 1);

        Assert.Equal("web:main", reply.ChatId);
        Assert.Contains(ScheduledPrompt.Prefix, reply.Text, StringComparison.Ordinal);
        Assert.Contains("check the news", reply.Text, StringComparison.Ordinal);
        var after = await node.TaskAsync(task.Id);
        Assert.Equal(start + (2 * Hour), after.NextRun);
        Assert.Equal(RunStatus.Success, (await node.RunsAsync(task.Id))[0].Status);
        Assert.StartsWith("echo #1:", after.LastResult, StringComparison.Ordinal);

        node.Time.Advance(TimeSpan.FromMinutes(150));
        await node.WaitForRunsAsync(task.Id, 2);
        Assert.Equal(start + (4 * Hour), (await node.TaskAsync(task.Id)).NextRun);
    }

    [Fact]
    public async Task Once_RunsOnceAndCompletes_EvenAfterAnError()
    {
        var runtime = new InProcessAgentRuntime(turn => turn.Events.WriteAsync(new ErrorReported("model unavailable", Retryable: true)).AsTask());
        await using var node = await NodeHarness.StartAsync(runtime);
        var task = await node.CreateAsync("once", "2026-01-05T09:30:00");

        node.Time.Advance(TimeSpan.FromMinutes(30));
        await node.WaitForRunsAsync(task.Id, 1);
        var notice = await node.Replies.NextAsync();
        node.Time.Advance(TimeSpan.FromDays(2));

        var after = await node.TaskAsync(task.Id);
        Assert.Equal(TaskStatuses.Completed, after.Status);
        Assert.Null(after.NextRun);
        Assert.Equal(RunStatus.Error, Assert.Single(await node.RunsAsync(task.Id)).Status);
        Assert.Contains("model unavailable", notice.Text, StringComparison.Ordinal);
        Assert.Equal(1, runtime.Started);
    }

    [Fact]
    public async Task Cron_RunsAtTheNextOccurrenceInTheZone()
    {
        await using var node = await NodeHarness.StartAsync();
        var task = await node.CreateAsync("cron", "0 10 * * *");
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), task.NextRun);

        node.Time.Advance(Hour);
        await node.WaitForRunsAsync(task.Id, 1);

        Assert.Equal(new DateTimeOffset(2026, 1, 6, 10, 0, 0, TimeSpan.Zero), (await node.TaskAsync(task.Id)).NextRun);
    }

    [Fact]
    public async Task PauseThenResume_NoRunWhilePaused_NextRecomputed()
    {
        await using var node = await NodeHarness.StartAsync();
        var task = await node.CreateAsync("interval", "3600000");

        Assert.Equal(TaskStatuses.Paused, (await node.ChangeAsync(task.Id, TaskChange.Pause)).Task!.Status);
        node.Time.Advance(3 * Hour);
        var resumed = (await node.ChangeAsync(task.Id, TaskChange.Resume)).Task!;

        Assert.Empty(await node.RunsAsync(task.Id));
        Assert.Equal(0, node.Runtime.Started);
        Assert.Equal(TaskStatuses.Active, resumed.Status);
        Assert.Equal(node.Time.GetUtcNow() + Hour, resumed.NextRun);
    }

    [Fact]
    public async Task Update_NewSchedule_NextRunRecomputedAlsoForOnce()
    {
        await using var node = await NodeHarness.StartAsync();
        var task = await node.CreateAsync("once", "2026-01-06T08:00:00");

        var updated = (await node.UpdateAsync(task.Id, "once", "2026-01-05T12:00:00")).Task!;
        var invalid = await node.UpdateAsync(task.Id, "cron", "61 * * * *");

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero), updated.NextRun);
        Assert.Contains("minute", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(updated.NextRun, (await node.TaskAsync(task.Id)).NextRun);
    }

    [Fact]
    public async Task RunNow_RunsWithoutChangingTheSchedule()
    {
        await using var node = await NodeHarness.StartAsync();
        var task = await node.CreateAsync("interval", "3600000");

        await node.ChangeAsync(task.Id, TaskChange.RunNow);
        await node.WaitForRunsAsync(task.Id, 1);

        Assert.Equal(task.NextRun, (await node.TaskAsync(task.Id)).NextRun);
    }

    [Fact]
    public async Task Cancel_RemovesTheTask_NoMoreRuns()
    {
        await using var node = await NodeHarness.StartAsync();
        var task = await node.CreateAsync("interval", "3600000");

        await node.ChangeAsync(task.Id, TaskChange.Cancel);
        node.Time.Advance(3 * Hour);

        Assert.Empty((await node.Actors.Scheduler.Ask<TaskList>(new ListTasks(null), TimeSpan.FromSeconds(5))).Tasks);
        Assert.Equal(0, node.Runtime.Started);
    }

    [Fact]
    public async Task InvalidSchedule_Refused_NothingCreated()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;

        var reply = await node.Actors.Scheduler.Ask<TaskReply>(new CreateTask("main", "x", "cron", "* * 30 2 * *", null, null), TimeSpan.FromSeconds(5));
        var unknownGroup = await node.Actors.Scheduler.Ask<TaskReply>(new CreateTask("nope", "x", "interval", "60000", null, null), TimeSpan.FromSeconds(5));

        Assert.NotNull(reply.Error);
        Assert.Contains("no group 'nope'", unknownGroup.Error, StringComparison.Ordinal);
        Assert.Empty((await node.Actors.Scheduler.Ask<TaskList>(new ListTasks(null), TimeSpan.FromSeconds(5))).Tasks);
    }

    [Fact]
    public async Task DeletedGroup_TaskPausedWithErrorInHistory()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("club", "slack:C9");
        var task = await node.CreateAsync("interval", "3600000", group: "club");
        await node.Actors.Registry.Ask<NanoClaw.Actors.Registry.RegistryResult>(new NanoClaw.Actors.Registry.RemoveGroup("club"), TimeSpan.FromSeconds(5));
        await node.Actors.Directory.WhenAsync(v => !v.Groups.ContainsKey("club"), TimeSpan.FromSeconds(5), CancellationToken.None);

        node.Time.Advance(Hour);
        await node.WaitForRunsAsync(task.Id, 1);
        node.Time.Advance(5 * Hour);

        Assert.Equal(TaskStatuses.Paused, (await node.TaskAsync(task.Id)).Status);
        var run = Assert.Single(await node.RunsAsync(task.Id));
        Assert.Contains("no longer exists", run.Error, StringComparison.Ordinal);
    }
}
