using System.Runtime.CompilerServices;
using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class LifecycleTests : TestKit
{
    [Fact]
    public void PreStart_RunsAfterConstructorBeforeFirstMessage()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a")), "a");
        actor.Tell("hello", TestActor);

        ExpectMsg("a: constructor");
        ExpectMsg("a: PreStart");
        ExpectMsg("a: hello");
    }

    [Fact]
    public void Restart_CallsHooksInAkkaOrder_WithFailedMessage()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a")), "a");
        ReceiveN(2);

        actor.Tell("fail", TestActor);

        ExpectMsg("a: PreRestart(fail)");
        ExpectMsg("a: PostStop");
        ExpectMsg("a: constructor");
        ExpectMsg("a: PostRestart");
        ExpectMsg("a: PreStart");
    }

    [Fact]
    public void PreRestart_Default_StopsChildren()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "p")), "p");
        ReceiveN(2);
        parent.Tell("spawn", TestActor);
        ExpectMsg("c: constructor");
        ExpectMsg("c: PreStart");

        parent.Tell("fail", TestActor);

        var seen = ReceiveN(6).Cast<string>().ToList();
        Assert.Contains("c: PostStop", seen);
        Assert.True(seen.IndexOf("c: PostStop") < seen.IndexOf("p: constructor"));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Constructor_Throws_ActorIsStoppedNotRestarted()
    {
        var actor = Sys.ActorOf(Props.Create<Hooks>(() => throw new InvalidOperationException("ctor")), "broken");
        Watch(actor);

        ExpectTerminated(actor);
    }

    [Fact]
    public void PreStart_Throws_FailureIsInitializationException()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Reporter(TestActor, Props.Create(() => new FailingStart()))), "sup");

        var cause = ExpectMsg<Exception>();
        Assert.IsType<ActorInitializationException>(cause);
        _ = supervisor;
    }

    [Fact]
    public void ContextStop_Self_CurrentMessageFinishesRestGoToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a")), "a");
        ReceiveN(2);
        Watch(actor);

        actor.Tell("stop-self", TestActor);
        actor.Tell("after", TestActor);

        ExpectMsg("a: stop-self done");
        ExpectMsg("a: PostStop");
        ExpectTerminated(actor);
        Assert.Equal("after", deadLetters.ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void Stop_Parent_StopsChildrenBeforeParentPostStop()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "p")), "p");
        ReceiveN(2);
        parent.Tell("spawn", TestActor);
        ReceiveN(2);

        Sys.Stop(parent);

        ExpectMsg("c: PostStop");
        ExpectMsg("p: PostStop");
    }

    [Fact]
    public void PoisonPill_ProcessedAfterEarlierMessages()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a")), "a");
        ReceiveN(2);
        Watch(actor);

        actor.Tell("one", TestActor);
        actor.Tell(PoisonPill.Instance, TestActor);

        ExpectMsg("a: one");
        ExpectMsg("a: PostStop");
        ExpectTerminated(actor);
    }

    [Fact]
    public void Kill_StopsActorThroughDefaultDecider()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a")), "a");
        ReceiveN(2);
        Watch(actor);

        actor.Tell(Kill.Instance, TestActor);

        ExpectMsg("a: PostStop");
        ExpectTerminated(actor);
    }

    [Fact]
    public async Task GracefulStop_Stops_ReturnsTrueAfterPostStop()
    {
        var postStopRan = new StrongBox<bool>();
        var actor = Sys.ActorOf(Props.Create(() => new FlagOnStop(postStopRan)), "a");

        var stopped = await actor.GracefulStop(TimeSpan.FromSeconds(5)).WaitAsync(TimeSpan.FromSeconds(3));

        Assert.True(stopped);
        Assert.True(Volatile.Read(ref postStopRan.Value));
    }

    [Fact]
    public async Task GracefulStop_ActorBusyPastTimeout_ReturnsFalse()
    {
        var never = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Busy(never.Task)), "busy");
        actor.Tell("work", TestActor);

        var stop = actor.GracefulStop(TimeSpan.FromSeconds(2));
        Time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(await stop.WaitAsync(TimeSpan.FromSeconds(3)));
        never.SetResult();
    }

    [Fact]
    public void PostStop_Throws_ActorStillTerminates()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Hooks(TestActor, "a", throwInPostStop: true)), "a");
        ReceiveN(2);
        Watch(actor);

        Sys.Stop(actor);

        ExpectMsg("a: PostStop");
        ExpectTerminated(actor);
    }

    private sealed class Hooks : ReceiveActor
    {
        private readonly IActorRef _probe;
        private readonly string _name;
        private readonly bool _throwInPostStop;

        public Hooks(IActorRef probe, string name, bool throwInPostStop = false)
        {
            _probe = probe;
            _name = name;
            _throwInPostStop = throwInPostStop;
            probe.Tell($"{name}: constructor");
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => s == "spawn", _ => Context.ActorOf(Props.Create(() => new Hooks(probe, "c", false)), "c"));
            Receive<string>(s => s == "stop-self", _ =>
            {
                Context.Stop(Self);
                probe.Tell($"{name}: stop-self done");
            });
            Receive<string>(s => probe.Tell($"{name}: {s}"));
        }

        protected override void PreStart() => _probe.Tell($"{_name}: PreStart");

        protected override void PostStop()
        {
            _probe.Tell($"{_name}: PostStop");
            if (_throwInPostStop)
            {
                throw new InvalidOperationException("PostStop");
            }
        }

        protected override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell($"{_name}: PreRestart({message})");
            base.PreRestart(reason, message);
        }

        protected override void PostRestart(Exception reason)
        {
            _probe.Tell($"{_name}: PostRestart");
            base.PostRestart(reason);
        }
    }

    private sealed class FlagOnStop(StrongBox<bool> flag) : ReceiveActor
    {
        protected override void PostStop() => Volatile.Write(ref flag.Value, true);
    }

    private sealed class FailingStart : ReceiveActor
    {
        protected override void PreStart() => throw new InvalidOperationException("PreStart");
    }

    private sealed class Busy : ReceiveActor
    {
        public Busy(Task never) => ReceiveAsync<string>(_ => never);
    }

    /// <summary>Supervises one child and reports each failure's exception.</summary>
    private sealed class Reporter : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Reporter(IActorRef probe, Props child)
        {
            _probe = probe;
            Context.ActorOf(child, "child");
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(cause =>
        {
            _probe.Tell(cause);
            return Directive.Stop;
        });
    }
}
