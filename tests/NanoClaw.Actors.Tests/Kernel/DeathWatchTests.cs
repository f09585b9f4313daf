using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class DeathWatchTests : TestKit
{
    [Fact]
    public void Watch_ActorStops_DeliversTerminatedWithDeadActorAsSender()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");

        Sys.Stop(target);

        var terminated = ExpectMsg<Terminated>();
        Assert.Same(target, terminated.ActorRef);
        Assert.Same(target, LastSender);
    }

    [Fact]
    public void Watch_AlreadyDeadActor_DeliversTerminatedAtOnce()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        Watch(target);
        Sys.Stop(target);
        ExpectTerminated(target);
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");

        watcher.Tell(new WatchIt(target), TestActor);

        ExpectMsg("watching");
        Assert.Same(target, ExpectMsg<Terminated>().ActorRef);
    }

    [Fact]
    public void WatchWith_ActorStops_DeliversCustomMessage()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        watcher.Tell(new WatchIt(target, "target is gone"), TestActor);
        ExpectMsg("watching");

        Sys.Stop(target);

        ExpectMsg("target is gone");
    }

    [Fact]
    public void Unwatch_BeforeDeath_NoTerminated()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");
        watcher.Tell(new UnwatchIt(target), TestActor);
        ExpectMsg("unwatched");

        Sys.Stop(target);

        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Unwatch_AfterTerminatedQueued_DropsIt()
    {
        using var gate = new Gate();
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor, gate)), "watcher");
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");
        watcher.Tell("hold", TestActor);
        gate.WaitUntilEntered();
        watcher.Tell(new UnwatchIt(target), TestActor);

        Sys.Stop(target);
        var watcherCell = ((LocalActorRef)watcher).Cell;
        AwaitCondition(() => watcherCell.HasSystemMessages);
        gate.Open();

        ExpectMsg("unwatched");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Terminated_ArrivesAfterEveryMessageTheDeadActorSent()
    {
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        var chatty = Sys.ActorOf(Props.Create(() => new Chatty(watcher)), "chatty");
        watcher.Tell(new WatchIt(chatty), TestActor);
        ExpectMsg("watching");

        chatty.Tell(100, TestActor);

        for (var i = 0; i < 100; i++)
        {
            ExpectMsg(i);
        }

        ExpectMsg<Terminated>();
    }

    [Fact]
    public void Terminated_NotHandled_WatcherFailsWithDeathPactAndStops()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        var parent = Sys.ActorOf(Props.Create(() => new CausesReporter(TestActor)), "parent");
        parent.Tell(Props.Create(() => new Indifferent(target)), TestActor);
        var indifferent = ExpectMsg<IActorRef>();
        Watch(indifferent);

        Sys.Stop(target);

        Assert.IsType<DeathPactException>(ExpectMsg<Exception>());
        ExpectTerminated(indifferent);
    }

    [Fact]
    public void Restart_IsInvisibleToWatchers()
    {
        var target = Sys.ActorOf(Props.Create(() => new Target()), "target");
        Watch(target);

        target.Tell("fail", TestActor);
        target.Tell("ping", TestActor);

        ExpectMsg("pong");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Watch_ChildByParent_TerminatedOnce()
    {
        var parent = Sys.ActorOf(Props.Create(() => new CausesReporter(TestActor)), "parent");
        parent.Tell(Props.Create(() => new Target()), TestActor);
        var child = ExpectMsg<IActorRef>();
        parent.Tell(new WatchIt(child), TestActor);

        child.Tell(PoisonPill.Instance, TestActor);

        Assert.Same(child, ExpectMsg<Terminated>().ActorRef);
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Watch_TestProbeItself_DeliversTerminatedForItsActor()
    {
        var target = CreateTestProbe();
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");

        Sys.Stop(target);

        Assert.Same(target.Ref, ExpectMsg<Terminated>().ActorRef);
    }

    private sealed record WatchIt(IActorRef Target, object? Message = null);

    private sealed record UnwatchIt(IActorRef Target);

    private sealed class Target : ReceiveActor
    {
        public Target()
        {
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong"));
        }
    }

    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe, Gate? gate = null)
        {
            Receive<WatchIt>(w =>
            {
                if (w.Message is null)
                {
                    Context.Watch(w.Target);
                }
                else
                {
                    Context.WatchWith(w.Target, w.Message);
                }

                probe.Tell("watching");
            });
            Receive<UnwatchIt>(u =>
            {
                Context.Unwatch(u.Target);
                probe.Tell("unwatched");
            });
            Receive<string>(s => s == "hold", _ => gate!.Pass());
            ReceiveAny(m => probe.Tell(m, Sender));
        }
    }

    private sealed class Chatty : ReceiveActor
    {
        public Chatty(IActorRef target) => Receive<int>(n =>
        {
            for (var i = 0; i < n; i++)
            {
                target.Tell(i);
            }

            Context.Stop(Self);
        });
    }

    private sealed class Indifferent : ReceiveActor
    {
        public Indifferent(IActorRef target) => Context.Watch(target);
    }

    private sealed class CausesReporter : ReceiveActor
    {
        private readonly IActorRef _probe;

        public CausesReporter(IActorRef probe)
        {
            _probe = probe;
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p)));
            Receive<WatchIt>(w => Context.Watch(w.Target));
            Receive<Terminated>(t => probe.Tell(t));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(cause =>
        {
            _probe.Tell(cause);
            return NanoClaw.Actors.Supervision.SupervisorStrategy.DefaultDecider(cause);
        });
    }
}
