using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Groups;

namespace NanoClaw.Host.Tests.Node;

public sealed class GroupRunTests
{
    [Fact]
    public async Task MessageDuringTurn_PipedAsFollowUpIntoTheSameRun()
    {
        var release = new TaskCompletionSource();
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            if (turn.Number == 1)
            {
                await release.Task;
            }

            await InProcessAgentRuntime.Echo(turn);
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "first");
        await NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Sessions.Values.Any(s => s.Prompts.Count == 1)), "the first turn");

        await node.PostAsync("web:main", "second");
        release.SetResult();
        var one = await node.Replies.NextAsync();
        var two = await node.Replies.NextAsync();

        Assert.Equal(1, runtime.Started);
        Assert.StartsWith("echo #1:", one.Text, StringComparison.Ordinal);
        Assert.StartsWith("echo #2:", two.Text, StringComparison.Ordinal);
        Assert.Contains(">second</message>", two.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">first</message>", two.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarmRun_IdleTimeout_ClosesItAndNextMessageResumesSession()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "first");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).SessionId == "session-main", "the session id");

        node.Time.Advance(TimeSpan.FromMinutes(30));
        await GroupFailureTests.WaitForStateAsync(node, "idle");
        Assert.Equal(0, node.Runtime.Live);

        await node.PostAsync("web:main", "second");
        var reply = await node.Replies.NextAsync();

        Assert.Equal(2, node.Runtime.Started);
        Assert.StartsWith("echo #1:", reply.Text, StringComparison.Ordinal);
        Assert.Contains(">second</message>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionId_SurvivesRestart_AndIsResumed()
    {
        string? resumed = null;
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            resumed ??= turn.Number == 1 && turn.Request.RunId != "" && turn.SessionId is { } s ? s : null;
            await turn.Events.WriteAsync(new SessionAssigned("sess-42"));
            await turn.Events.WriteAsync(new OutputProduced("ok"));
            await turn.Events.WriteAsync(new TurnIdled());
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "first");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).SessionId == "sess-42", "the session id");

        await node.RestartAsync();
        await node.PostAsync("web:main", "second");
        await node.Replies.NextAsync();

        Assert.Equal("sess-42", resumed);
    }

    [Fact]
    public async Task Crash_AfterStoreBeforeRun_MessageAnsweredAfterRestart()
    {
        var runtime = new InProcessAgentRuntime { BeforeStart = (_, ct) => Task.Delay(Timeout.Infinite, ct) };
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        var accepted = await node.PostAsync("web:main", "remember me");
        Assert.True(accepted.Stored);

        runtime.BeforeStart = null;
        await node.RestartAsync();
        var reply = await node.Replies.NextAsync();

        Assert.Contains(">remember me</message>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crash_AfterReplyProducedBeforeDelivered_DeliveredOnceAfterRestartWithoutRerun()
    {
        await using var node = await NodeHarness.StartAsync();
        await node.Actors.Directory.Ready;
        node.Replies.Hold = new TaskCompletionSource();
        await node.PostAsync("web:main", "hello");
        await NodeHarness.EventuallyAsync(() => Task.FromResult(node.Runtime.Started == 1 && node.Runtime.Sessions.Values.All(s => s.Prompts.Count == 1)), "the turn");
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).Pending == 0, "the turn to end");

        await node.RestartAsync();
        var reply = await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.Chats.ReadAsync("web:main", 0, TimeSpan.Zero, default)).Entries.Count == 2, "the transcript");

        Assert.StartsWith("echo #1:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, node.Runtime.Started);
        Assert.Single(node.Replies.Sent);
    }

    [Fact]
    public async Task Crash_MidTurnAfterOutput_NotRunAgainAfterRestart()
    {
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            await turn.Events.WriteAsync(new OutputProduced("partial answer"));
            await Task.Delay(Timeout.Infinite, turn.Stopped);
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.Chats.ReadAsync("web:main", 0, TimeSpan.Zero, default)).Entries.Count == 2, "the delivery to be recorded");

        await node.RestartAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).Pending == 0, "the batch to count as answered");

        Assert.Equal(1, runtime.Started);
        Assert.DoesNotContain(node.Replies.Sent, r => r.Text.Contains("partial answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shutdown_StopsRuns_BatchStaysPendingAndRunsAfterRestart()
    {
        var runtime = new InProcessAgentRuntime(turn => Task.Delay(Timeout.Infinite, turn.Stopped));
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "long job");
        await NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Sessions.Values.Any(s => s.Prompts.Count == 1)), "the turn");

        await node.Actors.StopRunsAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(0, runtime.Live);
        Assert.Equal(1, (await node.StatusAsync("main")).Pending);
    }

    [Fact]
    public async Task Allowlist_DropMode_NotStored_TriggerMode_StoredButDoesNotWake()
    {
        var allowlist = SenderAllowlistParser.Parse("""
            {"default": {"allow": "*", "mode": "trigger"},
             "chats": {"telegram:1": {"allow": ["boss"], "mode": "drop"},
                       "telegram:2": {"allow": ["boss"], "mode": "trigger"}}}
            """);
        await using var node = await NodeHarness.StartAsync(configure: o => o with { Allowlist = () => allowlist });
        await node.RegisterAsync("dropped", "telegram:1");
        await node.RegisterAsync("quiet", "telegram:2");

        var dropped = await node.PostAsync("telegram:1", "@Andy hi", sender: "stranger");
        var kept = await node.PostAsync("telegram:2", "@Andy hi", sender: "stranger");
        await node.PostAsync("telegram:2", "@Andy now", sender: "boss");
        var reply = await node.Replies.NextAsync();

        Assert.False(dropped.Stored);
        Assert.True(kept.Stored);
        Assert.Equal("telegram:2", reply.ChatId);
        Assert.Contains(">@Andy hi</message>", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, (await node.StatusAsync("dropped")).Pending);
    }
}
