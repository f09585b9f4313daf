using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Node;

namespace NanoClaw.Host.Tests.Node;

/// <summary>The real <see cref="NodeApi"/>'s task calls over the scheduler of a running actor tree.</summary>
public sealed class NodeApiTaskTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CreateTaskAsync_ValidRequest_ReturnsTheTaskWithDefaultsAndNextRun()
    {
        await using var node = await StartAsync();
        var api = Api(node);

        var task = await api.CreateTaskAsync(new("alpha", "Water the plants", "interval", "3600000"), CancellationToken.None);

        Assert.Equal(("alpha", "interval", "3600000", "isolated", "run-once", "active"),
            (task.Group, task.ScheduleType, task.ScheduleValue, task.ContextMode, task.MisfirePolicy, task.Status));
        Assert.Equal(Start.AddHours(1), task.NextRun);
        Assert.Equal(Start, task.Created);
        Assert.Equal(task, Assert.Single(await api.ListTasksAsync("alpha", CancellationToken.None)));
        Assert.Empty(await api.ListTasksAsync("beta", CancellationToken.None));
    }

    [Theory]
    [InlineData("alpha", "cron", "61 * * * *", "minute")]
    [InlineData("alpha", "interval", "10", "one minute")]
    [InlineData("alpha", "weekly", "1", "schedule_type")]
    [InlineData("nobody", "interval", "3600000", "no group 'nobody'")]
    public async Task CreateTaskAsync_Refused_Throws400WithTheSchedulersReason(string group, string type, string value, string reason)
    {
        await using var node = await StartAsync();
        var api = Api(node);

        var refused = await Assert.ThrowsAsync<ApiException>(() => api.CreateTaskAsync(new(group, "p", type, value), CancellationToken.None));

        Assert.Equal(400, refused.StatusCode);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await api.ListTasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task PauseResumeTaskAsync_WrongState_Throws409()
    {
        await using var node = await StartAsync();
        var api = Api(node);
        var task = await api.CreateTaskAsync(new("alpha", "p", "interval", "3600000"), CancellationToken.None);

        Assert.Equal(409, (await Assert.ThrowsAsync<ApiException>(() => api.ResumeTaskAsync(task.Id, CancellationToken.None))).StatusCode);
        Assert.Equal("paused", (await api.PauseTaskAsync(task.Id, CancellationToken.None)).Status);
        Assert.Equal(409, (await Assert.ThrowsAsync<ApiException>(() => api.PauseTaskAsync(task.Id, CancellationToken.None))).StatusCode);
        Assert.Equal("active", (await api.ResumeTaskAsync(task.Id, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task TaskCalls_UnknownId_Throw404()
    {
        await using var node = await StartAsync();
        var api = Api(node);
        var calls = new Func<Task>[]
        {
            () => api.PauseTaskAsync("task-none", CancellationToken.None),
            () => api.ResumeTaskAsync("task-none", CancellationToken.None),
            () => api.RunTaskAsync("task-none", CancellationToken.None),
            () => api.CancelTaskAsync("task-none", CancellationToken.None),
            () => api.GetTaskRunsAsync("task-none", CancellationToken.None),
        };

        foreach (var call in calls)
        {
            var refused = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal((404, "no task 'task-none'"), (refused.StatusCode, refused.Message));
        }
    }

    [Fact]
    public async Task CancelTaskAsync_Known_DeletesIt()
    {
        await using var node = await StartAsync();
        var api = Api(node);
        var task = await api.CreateTaskAsync(new("alpha", "p", "interval", "3600000"), CancellationToken.None);

        await api.CancelTaskAsync(task.Id, CancellationToken.None);

        Assert.Empty(await api.ListTasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task RunTaskAsync_ActiveTask_RunsNowRecordsTheRunAndKeepsTheSchedule()
    {
        await using var node = await StartAsync();
        var api = Api(node);
        var task = await api.CreateTaskAsync(new("alpha", "Water the plants", "interval", "3600000"), CancellationToken.None);

        await api.RunTaskAsync(task.Id, CancellationToken.None);
        await NodeHarness.EventuallyAsync(async () => (await api.GetTaskRunsAsync(task.Id, CancellationToken.None)).Count == 1, "the run's end");

        var run = Assert.Single(await api.GetTaskRunsAsync(task.Id, CancellationToken.None));
        Assert.Equal(("success", Start), (run.Status, run.Start));
        Assert.NotNull(run.DurationMs);
        Assert.Contains("Water the plants", run.Result, StringComparison.Ordinal);
        Assert.Equal(task.NextRun, Assert.Single(await api.ListTasksAsync(null, CancellationToken.None)).NextRun);
        var (chat, text) = await node.Replies.NextAsync();
        Assert.Equal("web:alpha", chat);
        Assert.Contains("Water the plants", text, StringComparison.Ordinal);
    }

    private static async Task<NodeHarness> StartAsync()
    {
        var node = await NodeHarness.StartAsync();
        await node.RegisterAsync("main", "web:main", requiresTrigger: false, isMain: true);
        await node.RegisterAsync("alpha", "web:alpha");
        await node.RegisterAsync("beta", "web:beta");
        return node;
    }

    private static NodeApi Api(NodeHarness node) => new(
        node.Actors,
        node.Chats,
        new NodeInfo("Andy", "0.1.0", "mock", "mock-model", null),
        _ => Task.FromResult(new DockerHealth(true, true, null)),
        () => []);
}
