using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class PropsTests : TestKit
{
    [Fact]
    public void Create_Generic_BuildsWithDefaultConstructor()
    {
        var actor = Sys.ActorOf(Props.Create<Answering>());

        actor.Tell("ping", TestActor);

        ExpectMsg("pong");
        Assert.Equal(typeof(Answering), Props.Create<Answering>().ActorType);
    }

    [Fact]
    public void Create_Factory_RunsForEveryIncarnation()
    {
        var builds = 0;
        var actor = Sys.ActorOf(Props.Create(() =>
        {
            Interlocked.Increment(ref builds);
            return new Answering();
        }));

        actor.Tell("fail", TestActor);
        actor.Tell("ping", TestActor);

        ExpectMsg("pong");
        Assert.Equal(2, Volatile.Read(ref builds));
    }

    [Fact]
    public void WithSupervisorStrategy_OverridesActorsOwnStrategy()
    {
        var strategy = new OneForOneStrategy(_ => Directive.Stop);
        var props = Props.Create<Answering>().WithSupervisorStrategy(strategy);

        Assert.Same(strategy, props.SupervisorStrategy);
        Assert.Null(Props.Create<Answering>().SupervisorStrategy);
    }

    [Fact]
    public void ActorBase_ConstructedOutsideSystem_Throws() =>
        Assert.Throws<ActorInitializationException>(() => new Answering());

    private sealed class Answering : ReceiveActor
    {
        public Answering()
        {
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(_ => Sender.Tell("pong"));
        }
    }
}
