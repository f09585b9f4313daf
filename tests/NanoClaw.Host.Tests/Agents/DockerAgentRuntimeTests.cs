using System.Diagnostics;
using NanoClaw.Containers.Agent.Events;
using NanoClaw.Containers.Mounts;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Tests.Support;
using Xunit.Abstractions;
using static NanoClaw.Host.Tests.Agents.RuntimeScenario;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Tests.Agents;

/// <summary>The runtime against the real engine and the real image, answering with the mock model.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerAgentRuntimeTests(ITestOutputHelper output)
{
    [DockerFact]
    public async Task StartAsync_PromptFollowUpCloseThenResume_RepliesContinueTheSessionOneRunPerGroupAndContainersGo()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        await using var scenario = await RuntimeScenario.StartAsync(ct);
        var request = Request("family");

        var clock = Stopwatch.StartNew();
        var session = await scenario.Runtime.StartAsync(request, ct);
        output.WriteLine($"cold start (create → hello): {clock.ElapsedMilliseconds} ms");
        await session.StartAsync("hello there", null, isScheduledTask: false, ct);
        var first = await ReadTurnAsync(session, ct);
        output.WriteLine($"first reply after: {clock.ElapsedMilliseconds} ms");

        Assert.Contains(new OutputProduced("Mock reply #1: hello there"), first);
        var sessionId = Assert.Single(first.OfType<SessionAssigned>()).SessionId;
        Assert.IsType<TurnIdled>(first[^1]);
        await AssertIsolatedAsync(scenario, request, ct);
        using (var shortWait = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            // A second run of the same group waits for the first to be gone.
            shortWait.CancelAfter(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scenario.Runtime.StartAsync(Request("family"), shortWait.Token));
        }

        await session.SendFollowUpAsync("and again", ct);
        Assert.Contains(new OutputProduced("Mock reply #2: and again"), await ReadTurnAsync(session, ct));

        await session.CloseAsync(ct);
        var last = await ReadTurnAsync(session, ct);
        await session.Completion.WaitAsync(ct);
        Assert.False(Assert.IsType<RunnerDisconnected>(last[^1]).MidTurn);
        Assert.Contains("# exit=0 outcome=Exited", await File.ReadAllTextAsync(scenario.RunLog(request), ct), StringComparison.Ordinal);
        Assert.Equal(0, await scenario.ContainersOfRunAsync(request));
        await session.DisposeAsync();
        await session.DisposeAsync();
        Assert.Equal(0, scenario.Runtime.LiveRuns);

        var again = Request("family");
        await using var resumed = await scenario.Runtime.StartAsync(again, ct);
        await resumed.StartAsync("remember?", sessionId, isScheduledTask: false, ct);
        var turn = await ReadTurnAsync(resumed, ct);
        Assert.Contains(new OutputProduced("Mock reply #3: remember?"), turn);
        Assert.Contains(new SessionAssigned(sessionId), turn);
        await resumed.CloseAsync(ct);
        await resumed.Completion.WaitAsync(ct);
        Assert.Equal(0, await scenario.ContainersOfRunAsync(again));
    }

    [DockerFact]
    public async Task DisposeAsync_MidTurn_StopsTheContainerAndEndsTheEvents()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        await using var scenario = await RuntimeScenario.StartAsync(ct);
        // The mock model calls send_message for this prompt; the host holds the call, so the turn stays open.
        var script = Path.Join(scenario.Options.GroupsDir, "family", "script.json");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        await File.WriteAllTextAsync(script, """
            {"rules":[{"when":"tell everyone","tool":"send_message","input":{"text":"hi all"},"then":"Sent: {result}"}]}
            """, ct);
        await using var runtime = scenario.ScriptedRuntime(GroupMountPlanner.GroupPath + "/script.json");
        var tools = new RecordingToolHandler { Hold = true };
        var request = Request("family", tools);

        var session = await runtime.StartAsync(request, ct);
        await session.StartAsync("please tell everyone", null, isScheduledTask: false, ct);
        await tools.FirstCall.Task.WaitAsync(ct);
        Assert.True(runtime.Tokens.TryResolve(((DockerAgentSession)session).ProxyToken, out _));
        await session.DisposeAsync();

        Assert.True(session.Completion.IsCompleted);
        var events = new List<AgentEvent>();
        await foreach (var agentEvent in session.Events.ReadAllAsync(ct))
        {
            events.Add(agentEvent);
        }

        Assert.True(Assert.IsType<RunnerDisconnected>(events[^1]).MidTurn);
        Assert.Contains("outcome=Stopped", await File.ReadAllTextAsync(scenario.RunLog(request), ct), StringComparison.Ordinal);
        Assert.Equal(0, await scenario.ContainersOfRunAsync(request));
        Assert.Equal("send_message", Assert.Single(tools.Calls).Name);
        Assert.False(runtime.Tokens.TryResolve(((DockerAgentSession)session).ProxyToken, out _));
        await session.DisposeAsync();
    }

    [DockerFact]
    public async Task StartAsync_ContainerEndsBeforeConnecting_ThrowsWithExitCodeAndLogTail()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        await using var scenario = await RuntimeScenario.StartAsync(ct);
        var image = $"nanoclaw-test-broken-runner:{scenario.Runtime.Options.InstallId}";
        await scenario.BuildImageAsync(image, "FROM nanoclaw-agent:latest\nENTRYPOINT [\"/bin/sh\", \"-c\", \"echo runner broke >&2; exit 3\"]\n", ct);
        try
        {
            await using var runtime = scenario.VariantRuntime(o => o with { Container = o.Container with { Image = image } });
            var request = Request("family");

            var error = await Assert.ThrowsAsync<AgentStartException>(() => runtime.StartAsync(request, ct));

            output.WriteLine(error.Message);
            Assert.Contains("exited with code 3 before connecting", error.Message, StringComparison.Ordinal);
            Assert.Contains(scenario.RunLog(request), error.Message, StringComparison.Ordinal);
            Assert.Contains("runner broke", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, await scenario.ContainersOfRunAsync(request));
            Assert.Equal(0, runtime.LiveRuns);
        }
        finally
        {
            await scenario.Client.RemoveImageAsync(image, force: true, CancellationToken.None);
        }
    }

    private static async Task AssertIsolatedAsync(RuntimeScenario scenario, AgentRunRequest request, CancellationToken ct)
    {
        var inspect = await scenario.Client.InspectContainerAsync($"nanoclaw-{request.GroupFolder}-{request.RunId}", ct);
        Assert.Equal("none", inspect.HostConfig?.NetworkMode);
        Assert.Equal(scenario.Runtime.Options.InstallId, inspect.Config?.Labels?["nanoclaw.install"]);
        var mounts = inspect.Mounts ?? [];
        Assert.Contains(mounts, m => m.Destination == DockerAgentRuntimeOptions.ProxyMountPath && !m.Rw);
        Assert.Contains(mounts, m => m.Destination == GroupMountPlanner.GlobalPath && !m.Rw);
        Assert.Contains(mounts, m => m.Destination == GroupMountPlanner.GroupPath && m.Rw);
        Assert.Contains(mounts, m => m.Destination == GroupMountPlanner.SessionPath && m.Rw);
        Assert.Contains("NANOCLAW_GROUP_FOLDER=family", inspect.Config?.Env ?? []);
        Assert.Contains("TZ=Europe/Berlin", inspect.Config?.Env ?? []);
    }
}
