using NanoClaw.Containers.Agent.Events;
using NanoClaw.Actors.Agents.InProcess;

namespace NanoClaw.Host.Tests.Node;

public sealed class GroupFailureTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task FailureBeforeOutput_RetriesWithDoublingDelay_ThenTellsTheUser()
    {
        var runtime = new InProcessAgentRuntime(turn => turn.Events.WriteAsync(new ErrorReported("upstream 529 overloaded", Retryable: true)).AsTask());
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello");
        await WaitForStartsAsync(runtime, 1);

        foreach (var (delay, starts) in new[] { (5, 2), (10, 3), (20, 4), (40, 5), (80, 6) })
        {
            await WaitForStateAsync(node, "retrying");
            node.Time.Advance(TimeSpan.FromSeconds(delay) - Tick);
            Assert.Equal(starts - 1, runtime.Started);
            node.Time.Advance(Tick);
            await WaitForStartsAsync(runtime, starts);
        }

        var notice = await node.Replies.NextAsync();
        Assert.Equal("web:main", notice.ChatId);
        Assert.Contains("could not process your message", notice.Text, StringComparison.Ordinal);
        Assert.Contains("upstream 529 overloaded", notice.Text, StringComparison.Ordinal);
        await WaitForStateAsync(node, "idle");
        Assert.Equal(0, (await node.StatusAsync("main")).Pending);
        node.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(6, runtime.Started);
    }

    [Fact]
    public async Task FailureBeforeOutput_NextAttemptSucceeds_OneReplyAndNoNotice()
    {
        var calls = 0;
        var runtime = new InProcessAgentRuntime(turn => Interlocked.Increment(ref calls) == 1
            ? turn.Events.WriteAsync(new ErrorReported("rate limited", Retryable: true)).AsTask()
            : InProcessAgentRuntime.Echo(turn));
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello");
        await WaitForStateAsync(node, "retrying");

        node.Time.Advance(TimeSpan.FromSeconds(5));
        var reply = await node.Replies.NextAsync();

        Assert.Contains("hello", reply.Text, StringComparison.Ordinal);
        await WaitForStateAsync(node, "running");
        Assert.Equal(0, (await node.StatusAsync("main")).Retries);
        Assert.Single(node.Replies.Sent);
    }

    [Fact]
    public async Task FailureAfterPartialOutput_CursorAdvances_FailureReportedNoRetry()
    {
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            await turn.Events.WriteAsync(new OutputProduced("Here is the first half"));
            await turn.Events.WriteAsync(new ErrorReported("tool crashed", Retryable: false));
        });
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "do the thing");

        var first = await node.Replies.NextAsync();
        var notice = await node.Replies.NextAsync();
        await WaitForStateAsync(node, "idle");
        node.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("Here is the first half", first.Text);
        Assert.Contains("part-way", notice.Text, StringComparison.Ordinal);
        Assert.Contains("tool crashed", notice.Text, StringComparison.Ordinal);
        Assert.Equal(1, runtime.Started);
        Assert.Equal(0, (await node.StatusAsync("main")).Pending);
    }

    [Fact]
    public async Task AgentCannotStart_CountsAsFailure_RetriedWithBackoff()
    {
        var attempts = 0;
        var runtime = new InProcessAgentRuntime
        {
            BeforeStart = (_, _) => Interlocked.Increment(ref attempts) == 1
                ? Task.FromException(new InvalidOperationException("Docker is not reachable"))
                : Task.CompletedTask,
        };
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello");
        await WaitForStateAsync(node, "retrying");

        node.Time.Advance(TimeSpan.FromSeconds(5));
        var reply = await node.Replies.NextAsync();

        Assert.StartsWith("echo #1:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task SilentTurn_HardTimeout_KillsAndRetries()
    {
        var calls = 0;
        var runtime = new InProcessAgentRuntime(turn => Interlocked.Increment(ref calls) == 1 ? Task.CompletedTask : InProcessAgentRuntime.Echo(turn));
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "hello");
        await WaitForStartsAsync(runtime, 1);
        await NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Sessions.Values.Any(s => s.Prompts.Count == 1)), "the first turn");

        node.Time.Advance(TimeSpan.FromMinutes(30));
        await WaitForStateAsync(node, "retrying");
        await NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Live == 0), "the silent run to be stopped");
        node.Time.Advance(TimeSpan.FromSeconds(5));
        var reply = await node.Replies.NextAsync();

        Assert.StartsWith("echo #1:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleSession_ClearedAndRetriedFresh()
    {
        var runtime = new InProcessAgentRuntime(turn => turn.SessionId is not null
            ? turn.Events.WriteAsync(new ErrorReported($"session '{turn.SessionId}' not found", Retryable: false)).AsTask()
            : InProcessAgentRuntime.Echo(turn));
        await using var node = await NodeHarness.StartAsync(runtime);
        await node.Actors.Directory.Ready;
        await node.PostAsync("web:main", "one");
        await node.Replies.NextAsync();
        await NodeHarness.EventuallyAsync(async () => (await node.StatusAsync("main")).SessionId is not null, "the session to be stored");
        foreach (var session in runtime.Sessions.Values.ToList())
        {
            await session.DisposeAsync();
        }

        await WaitForStateAsync(node, "idle");
        await node.PostAsync("web:main", "two");
        var reply = await node.Replies.NextAsync();

        Assert.Contains(">two</message>", reply.Text, StringComparison.Ordinal);
        Assert.Single(node.Replies.Sent, r => r.Text.Contains(">two<", StringComparison.Ordinal));
        Assert.Equal(3, runtime.Started);
    }

    internal static Task WaitForStartsAsync(InProcessAgentRuntime runtime, int starts) =>
        NodeHarness.EventuallyAsync(() => Task.FromResult(runtime.Started >= starts), $"{starts} run starts (now {runtime.Started})");

    internal static Task WaitForStateAsync(NodeHarness node, string state, string folder = "main") =>
        NodeHarness.EventuallyAsync(async () => (await node.StatusAsync(folder)).State == state, $"group {folder} to be {state}");
}
