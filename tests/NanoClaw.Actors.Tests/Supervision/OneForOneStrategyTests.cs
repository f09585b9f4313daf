using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;
using static NanoClaw.Actors.Tests.Supervision.SupervisionActors;

namespace NanoClaw.Actors.Tests.Supervision;

public sealed class OneForOneStrategyTests : TestKit
{
    private IActorRef Spawn(SupervisorStrategy strategy, string name = "child")
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(strategy)), "supervisor-" + name);
        supervisor.Tell((name, Props.Create(() => new Counter(TestActor, name))), TestActor);
        return ExpectMsg<IActorRef>();
    }

    [Fact]
    public void Resume_KeepsStateAndContinues()
    {
        var child = Spawn(new OneForOneStrategy(_ => Directive.Resume));
        child.Tell("inc", TestActor);

        child.Tell(new InvalidOperationException("oops"), TestActor);
        child.Tell("inc", TestActor);
        child.Tell("get", TestActor);

        ExpectMsg(2);
    }

    [Fact]
    public void Restart_ResetsStateKeepsMailboxAndDropsFailingMessage()
    {
        var child = Spawn(new OneForOneStrategy(_ => Directive.Restart));
        child.Tell("inc", TestActor);

        child.Tell(new InvalidOperationException("oops"), TestActor);
        child.Tell("inc", TestActor);
        child.Tell("get", TestActor);

        ExpectMsg("child restarted");
        ExpectMsg(1);
    }

    [Fact]
    public void Stop_StopsChild()
    {
        var child = Spawn(new OneForOneStrategy(_ => Directive.Stop));
        Watch(child);

        child.Tell(new InvalidOperationException("oops"), TestActor);

        ExpectMsg("child stopped");
        ExpectTerminated(child);
    }

    [Fact]
    public void Escalate_FailsSupervisorWhoseParentDecides()
    {
        var top = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop))), "top");
        top.Tell(("middle", Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Escalate)))), TestActor);
        var middle = ExpectMsg<IActorRef>();
        middle.Tell(("leaf", Props.Create(() => new Counter(TestActor, "leaf"))), TestActor);
        var leaf = ExpectMsg<IActorRef>();
        Watch(middle);
        Watch(leaf);

        leaf.Tell(new InvalidOperationException("up"), TestActor);

        FishForMessage<Terminated>(t => ReferenceEquals(t.ActorRef, middle));
    }

    [Fact]
    public void DefaultStrategy_UnknownException_Restarts()
    {
        var child = Spawn(SupervisorStrategy.DefaultStrategy);

        child.Tell(new InvalidOperationException("oops"), TestActor);

        ExpectMsg("child restarted");
    }

    [Fact]
    public void Restart_RetriesExceededWithinWindow_StopsChild()
    {
        var child = Spawn(new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart));
        Watch(child);

        child.Tell(new InvalidOperationException("1"), TestActor);
        ExpectMsg("child restarted");
        child.Tell(new InvalidOperationException("2"), TestActor);
        ExpectMsg("child restarted");
        child.Tell(new InvalidOperationException("3"), TestActor);

        ExpectMsg("child stopped");
        ExpectTerminated(child);
    }

    [Fact]
    public void Restart_FailuresSpreadBeyondWindow_KeepRestarting()
    {
        var child = Spawn(new OneForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart));

        for (var i = 0; i < 3; i++)
        {
            child.Tell(new InvalidOperationException("again"), TestActor);
            ExpectMsg("child restarted");
            Time.Advance(TimeSpan.FromMinutes(2));
        }
    }

    [Fact]
    public void Restart_OnlyFailingChildIsAffected()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy)), "sup");
        supervisor.Tell(("a", Props.Create(() => new Counter(TestActor, "a"))), TestActor);
        var a = ExpectMsg<IActorRef>();
        supervisor.Tell(("b", Props.Create(() => new Counter(TestActor, "b"))), TestActor);
        var b = ExpectMsg<IActorRef>();
        b.Tell("inc", TestActor);

        a.Tell(new InvalidOperationException("a fails"), TestActor);

        ExpectMsg("a restarted");
        b.Tell("get", TestActor);
        ExpectMsg(1);
    }
}
