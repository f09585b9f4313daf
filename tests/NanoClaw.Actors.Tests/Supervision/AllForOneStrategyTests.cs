using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;
using static NanoClaw.Actors.Tests.Supervision.SupervisionActors;

namespace NanoClaw.Actors.Tests.Supervision;

public sealed class AllForOneStrategyTests : TestKit
{
    private (IActorRef A, IActorRef B) SpawnPair(SupervisorStrategy strategy)
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(strategy)), "sup");
        supervisor.Tell(("a", Props.Create(() => new Counter(TestActor, "a"))), TestActor);
        var a = ExpectMsg<IActorRef>();
        supervisor.Tell(("b", Props.Create(() => new Counter(TestActor, "b"))), TestActor);
        return (a, ExpectMsg<IActorRef>());
    }

    [Fact]
    public void Restart_RestartsEverySibling()
    {
        var (a, b) = SpawnPair(new AllForOneStrategy(_ => Directive.Restart));
        b.Tell("inc", TestActor);

        a.Tell(new InvalidOperationException("a fails"), TestActor);

        var restarted = ReceiveN(2).Cast<string>().Order().ToArray();
        Assert.Equal(["a restarted", "b restarted"], restarted);
        b.Tell("get", TestActor);
        ExpectMsg(0);
    }

    [Fact]
    public void Stop_StopsEverySibling()
    {
        var (a, b) = SpawnPair(new AllForOneStrategy(_ => Directive.Stop));
        Watch(a);
        Watch(b);

        a.Tell(new InvalidOperationException("a fails"), TestActor);

        var seen = ReceiveN(4).Select(m => m is Terminated t ? t.ActorRef.Path.Name : m).ToArray();
        Assert.Contains("a stopped", seen);
        Assert.Contains("b stopped", seen);
        Assert.Contains("a", seen);
        Assert.Contains("b", seen);
    }

    [Fact]
    public void Resume_AffectsOnlyFailingChild()
    {
        var (a, b) = SpawnPair(new AllForOneStrategy(_ => Directive.Resume));
        a.Tell("inc", TestActor);
        b.Tell("inc", TestActor);

        a.Tell(new InvalidOperationException("a fails"), TestActor);
        a.Tell("get", TestActor);
        ExpectMsg(1);
        b.Tell("get", TestActor);
        ExpectMsg(1);
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }
}
