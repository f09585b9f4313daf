using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class MailboxTests : TestKit
{
    [Fact]
    public void Stop_WhileUserMessagesQueued_OvertakesThemAndSendsThemToDeadLetters()
    {
        using var gate = new Gate();
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var actor = Sys.ActorOf(Props.Create(() => new Worker(TestActor, gate)), "worker");
        Watch(actor);
        actor.Tell("hold", TestActor);
        gate.WaitUntilEntered();
        for (var i = 0; i < 5; i++)
        {
            actor.Tell(i, TestActor);
        }

        Sys.Stop(actor);
        gate.Open();

        ExpectMsg("held");
        ExpectMsg("stopped");
        ExpectTerminated(actor);
        var undelivered = deadLetters.ReceiveN(5).Cast<DeadLetter>().Select(d => d.Message).ToArray();
        Assert.Equal([0, 1, 2, 3, 4], undelivered);
    }

    [Fact]
    public void Run_ManyQueuedMessages_YieldsAfterThroughputPerTurn()
    {
        using var gate = new Gate();
        var actor = Sys.ActorOf(Props.Create(() => new Worker(TestActor, gate)), "worker");
        actor.Tell("hold", TestActor);
        gate.WaitUntilEntered();
        for (var i = 0; i < 90; i++)
        {
            actor.Tell(i, TestActor);
        }

        var turnsBefore = ((LocalActorRef)actor).Cell.TurnCount;
        gate.Open();
        ExpectMsg("held");
        ReceiveN(90);

        // 91 messages at 30 per turn need at least four turns; the first turn was already counted.
        Assert.True(((LocalActorRef)actor).Cell.TurnCount - turnsBefore >= 3);
    }

    [Fact]
    public async Task Receive_ConcurrentSenders_OneMessageAtATime()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ConcurrencyCheck()), "check");
        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                actor.Tell(i, ActorRefs.NoSender);
            }
        }));
        await Task.WhenAll(senders);

        var result = await actor.Ask<(int Count, int MaxConcurrent)>("report").WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(40_000, result.Count);
        Assert.Equal(1, result.MaxConcurrent);
    }

    [Fact]
    public void ReceiveAsync_PendingTask_SuspendsMailboxUntilItCompletesAndKeepsActorAsImplicitSender()
    {
        var pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker(TestActor, pending.Task)), "async");

        actor.Tell("slow", TestActor);
        actor.Tell("next", TestActor);
        ExpectMsg("slow started");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        pending.SetResult();

        ExpectMsg("slow finished");
        Assert.Same(actor, LastSender);
        ExpectMsg("next");
    }

    [Fact]
    public void ReceiveAsync_FaultedTask_GoesToSupervisionAndRestarts()
    {
        var pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker(TestActor, pending.Task)), "async");

        actor.Tell("slow", TestActor);
        ExpectMsg("slow started");
        pending.SetException(new InvalidOperationException("async boom"));

        ExpectMsg("restarted after async boom");
        actor.Tell("next", TestActor);
        ExpectMsg("next");
    }

    [Fact]
    public void Receive_HandlerThrows_OtherActorsKeepRunning()
    {
        var failing = Sys.ActorOf(Props.Create(() => new AsyncWorker(TestActor, Task.CompletedTask)), "failing");
        var healthy = Sys.ActorOf(Props.Create(() => new AsyncWorker(TestActor, Task.CompletedTask)), "healthy");

        for (var i = 0; i < 50; i++)
        {
            failing.Tell("throw", TestActor);
        }

        healthy.Tell("next", TestActor);
        FishForMessage<string>(s => s == "next");
        failing.Tell("next", TestActor);
        FishForMessage<string>(s => s == "next");
    }

    private sealed class Worker : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Worker(IActorRef probe, Gate gate)
        {
            _probe = probe;
            Receive<string>(s => s == "hold", _ =>
            {
                gate.Pass();
                probe.Tell("held");
            });
            Receive<int>(n => probe.Tell(n));
        }

        protected override void PostStop() => _probe.Tell("stopped");
    }

    private sealed class ConcurrencyCheck : ReceiveActor
    {
        private int _inside;
        private int _max;
        private int _count;

        public ConcurrencyCheck()
        {
            Receive<int>(_ =>
            {
                var now = Interlocked.Increment(ref _inside);
                _max = Math.Max(_max, now);
                _count++;
                Interlocked.Decrement(ref _inside);
            });
            Receive<string>(_ => Sender.Tell((_count, _max)));
        }
    }

    private sealed class AsyncWorker : ReceiveActor
    {
        private readonly IActorRef _probe;

        public AsyncWorker(IActorRef probe, Task pending)
        {
            _probe = probe;
            ReceiveAsync<string>(
                async _ =>
                {
                    probe.Tell("slow started");
                    await pending;
                    probe.Tell("slow finished", ActorRefs.NoSender);
                },
                s => s == "slow");
            Receive<string>(s => s == "throw", _ => throw new InvalidOperationException("sync boom"));
            Receive<string>(s => probe.Tell(s));
        }

        protected override void PostRestart(Exception reason) => _probe.Tell($"restarted after {reason.Message}");
    }
}
