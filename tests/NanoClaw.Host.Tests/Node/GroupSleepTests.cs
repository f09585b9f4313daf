using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Host.Tests.Tasks;

namespace NanoClaw.Host.Tests.Node;

public sealed class GroupSleepTests
{
    private static readonly TimeSpan SleepAfter = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task AtRest_ForSleepAfter_GroupStopsAndTheNextMessageWakesIt()
    {
        await using var node = await StartAsync();
        await node.RegisterAsync("family", "web:family", requiresTrigger: false);
        Assert.True((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        await node.Replies.NextAsync();

        await node.SleepAsync("family");
        var accepted = await node.PostAsync("web:family", "two", id: "m2");
        var reply = await node.Replies.NextAsync();

        Assert.True(accepted.Stored);
        Assert.Equal("web:family", reply.ChatId);
        Assert.Contains("family", await node.AwakeAsync());
        Assert.False((await node.PostAsync("web:family", "one", id: "m1")).Stored);
    }

    [Fact]
    public async Task AtRest_RunStillWarm_GroupStaysAwake()
    {
        await using var node = await StartAsync();
        await node.RegisterAsync("family", "web:family", requiresTrigger: false);
        await node.PostAsync("web:family", "one", id: "m1");
        await node.Replies.NextAsync();

        // The container stays warm for 30 minutes after the reply; the group is not at rest before it closes.
        node.Time.Advance(TimeSpan.FromMinutes(25));

        Assert.Contains("family", await node.AwakeAsync());
        Assert.Equal("running", (await node.StatusAsync("family")).State);
    }

    [Fact]
    public async Task Restart_GroupThatSlept_StaysAsleepUntilAMessageNeedsIt()
    {
        await using var node = await StartAsync();
        await node.RegisterAsync("family", "web:family", requiresTrigger: false);
        await node.PostAsync("web:family", "one", id: "m1");
        await node.Replies.NextAsync();
        await node.SleepAsync("family");

        await node.RestartAsync(wakeGroups: false);

        Assert.DoesNotContain("family", await node.AwakeAsync());
        Assert.False((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        Assert.True((await node.PostAsync("web:family", "two", id: "m2")).Stored);
        Assert.Equal("web:family", (await node.Replies.NextAsync()).ChatId);
        Assert.Empty(node.Replies.Sent.Skip(1));
    }

    [Fact]
    public async Task Restart_GroupWithAnUnansweredMessage_WokenAtStartAndAnswered()
    {
        var runtime = new InProcessAgentRuntime { BeforeStart = (_, cancellation) => Task.Delay(Timeout.Infinite, cancellation) };
        await using var node = await StartAsync(runtime);
        await node.RegisterAsync("family", "web:family", requiresTrigger: false);
        Assert.True((await node.PostAsync("web:family", "one", id: "m1")).Stored);
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("family")).State != "idle", "the run to be asked for");

        runtime.BeforeStart = null;
        await node.RestartAsync(wakeGroups: false);

        Assert.Contains("family", await node.AwakeAsync());
        var reply = await node.Replies.NextAsync();
        Assert.Equal("web:family", reply.ChatId);
        Assert.Contains("one", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledTask_OfASleepingGroup_RunsOnTime()
    {
        await using var node = await StartAsync();
        var task = await node.CreateAsync("once", "2026-01-05T12:00:00");
        await node.SleepAsync("main");
        await node.RestartAsync(wakeGroups: false);
        Assert.DoesNotContain("main", await node.AwakeAsync());

        node.Time.Advance(TimeSpan.FromHours(3));
        await node.WaitForRunsAsync(task.Id, 1);

        Assert.Equal(RunStatus.Success, (await node.RunsAsync(task.Id))[0].Status);
    }

    private static Task<NodeHarness> StartAsync(InProcessAgentRuntime? runtime = null) =>
        NodeHarness.StartAsync(runtime, options => options with { SleepAfter = SleepAfter });
}
