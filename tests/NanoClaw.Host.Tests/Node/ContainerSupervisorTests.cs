using Akka.Actor;
using Akka.TestKit;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Agents.InProcess;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Agents;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Node;

public sealed class ContainerSupervisorTests
{
    [Fact]
    public async Task FiftyGroups_LimitFive_NeverMoreThanFiveAndEveryGroupAnswered()
    {
        var gate = new SemaphoreSlim(0);
        var runtime = new InProcessAgentRuntime(async turn =>
        {
            await gate.WaitAsync(turn.Stopped);
            await InProcessAgentRuntime.Echo(turn);
        });
        await using var node = await NodeHarness.StartAsync(runtime, o => o with { MaxConcurrent = 5 });
        for (var i = 0; i < 50; i++)
        {
            await node.RegisterAsync($"g{i:00}", $"web:g{i:00}", requiresTrigger: false);
        }

        for (var i = 0; i < 50; i++)
        {
            await node.PostAsync($"web:g{i:00}", $"hello {i}");
        }

        var answered = new HashSet<string>();
        for (var i = 0; i < 50; i++)
        {
            gate.Release();
            answered.Add((await node.Replies.NextAsync()).ChatId);
        }

        Assert.Equal(50, answered.Count);
        Assert.True(runtime.PeakLive <= 5, $"peak {runtime.PeakLive}");
        Assert.Equal(5, runtime.PeakLive);
        Assert.Equal(50, runtime.Started);
    }

    [Fact]
    public void FullSupervisor_EachFreedSlot_GoesToTheLongestWaitingGroup()
    {
        using var kit = new SupervisorKit(maxConcurrent: 5);
        kit.Runtime.BeforeStart = (_, ct) => Task.Delay(Timeout.Infinite, ct);
        var groups = Enumerable.Range(0, 50).Select(i => kit.Request($"g{i:00}", RunKind.Message)).ToList();
        var running = new Queue<(TestProbe Group, RunGranted Grant)>(groups.Take(5).Select(g => (g, g.ExpectMsg<RunGranted>())));

        for (var next = 5; next < 50; next++)
        {
            var (group, grant) = running.Dequeue();
            grant.Run.Tell(new CloseRun("done"), group.Ref);
            running.Enqueue((groups[next], groups[next].ExpectMsg<RunGranted>()));
            Assert.All(groups.Skip(next + 1), waiting => Assert.False(waiting.HasMessages));
        }
    }

    [Fact]
    public void SameGroupAsksAgainWhileItsRunLives_OldRunStoppedAndSlotGranted()
    {
        using var kit = new SupervisorKit();
        var group = kit.Request("g", RunKind.Message);
        var first = group.ExpectMsg<RunGranted>();

        // A group restarted in place (same ref) knows of no run and asks again.
        kit.Supervisor.Tell(new RequestRun(kit.RequestFor("g", "rg2"), RunKind.Message), group.Ref);

        var ended = group.FishForMessage<RunEnded>(_ => true);
        var second = group.FishForMessage<RunGranted>(_ => true);
        Assert.Equal(first.RunId, ended.RunId);
        Assert.Equal("rg2", second.RunId);
    }

    [Fact]
    public void WaitingTask_GetsTheFreeSlotBeforeEarlierMessages()
    {
        using var kit = new SupervisorKit();
        var hold = new TaskCompletionSource();
        kit.Runtime.BeforeStart = (r, _) => r.GroupFolder == "busy" ? Task.CompletedTask : hold.Task;
        var busy = kit.Request("busy", RunKind.Message);
        var message = kit.Request("m", RunKind.Message);
        var task = kit.Request("t", RunKind.Task);
        var granted = busy.ExpectMsg<RunGranted>();
        // The supervisor answers in order: a grant to either would be in its probe before this snapshot.
        Assert.Equal(["t", "m"], kit.Snapshot().Queue.Select(q => q.Group));
        message.ExpectNoMsg(TimeSpan.Zero);

        granted.Run.Tell(new CloseRun("done"), busy.Ref);

        task.ExpectMsg<RunGranted>(g => g.Kind == RunKind.Task);
        Assert.Equal(["m"], kit.Snapshot().Queue.Select(q => q.Group));
        message.ExpectNoMsg(TimeSpan.Zero);
    }

    [Fact]
    public void WarmIdleRun_ClosedWhenAnotherGroupWaits()
    {
        using var kit = new SupervisorKit();
        var warm = kit.Request("warm", RunKind.Message);
        var granted = warm.ExpectMsg<RunGranted>();
        warm.ExpectMsg<AgentReady>();
        granted.Run.Tell(new BeginTurn("hi", null, false), warm.Ref);
        warm.FishForMessage<AgentTurnEnded>(_ => true);

        var waiting = kit.Request("next", RunKind.Message);

        warm.FishForMessage<RunEnded>(_ => true);
        waiting.ExpectMsg<RunGranted>();
    }

    /// <summary>A supervisor with one slot on an in-process runtime; requests come from probes standing in for groups.</summary>
    private sealed class SupervisorKit : Akka.TestKit.Xunit2.TestKit
    {
        public SupervisorKit(int maxConcurrent = 1)
        {
            Supervisor = Sys.ActorOf(ContainerSupervisor.Props(Runtime, maxConcurrent, RunTimings.Default, new RunDisposals(), TimeProvider.System), "containers");
        }

        public InProcessAgentRuntime Runtime { get; } = new();

        public IActorRef Supervisor { get; }

        public TestProbe Request(string folder, RunKind kind)
        {
            var probe = CreateTestProbe(folder);
            Supervisor.Tell(new RequestRun(RequestFor(folder, "r" + folder), kind), probe.Ref);
            return probe;
        }

        /// <summary>The supervisor's runs and queue, once it has handled everything sent to it before.</summary>
        public RunsSnapshot Snapshot()
        {
            var probe = CreateTestProbe();
            Supervisor.Tell(GetRuns.Instance, probe.Ref);
            return probe.ExpectMsg<RunsSnapshot>();
        }

        public AgentRunRequest RequestFor(string folder, string runId) =>
            new(runId, folder, "web:" + folder, false, new AuthorizingHostToolHandler(new NoTools(), new NoOwners()));

        private sealed class NoOwners : ITaskOwnerLookup
        {
            public Task<string?> FindOwnerFolderAsync(string taskId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
        }
    }
}
