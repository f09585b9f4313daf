using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class BecomeTests : TestKit
{
    [Fact]
    public void Become_ReplacesBehaviour()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody(TestActor)));

        actor.Tell("angry", TestActor);
        actor.Tell("hi", TestActor);
        actor.Tell("angry", TestActor);
        actor.Tell("hi", TestActor);

        ExpectMsg("GRR hi");
        ExpectMsg("GRR hi");
    }

    [Fact]
    public void Unbecome_AfterBecome_ReturnsToOriginalBehaviour()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody(TestActor)));

        actor.Tell("angry", TestActor);
        actor.Tell("calm", TestActor);
        actor.Tell("hi", TestActor);

        ExpectMsg("hello hi");
    }

    [Fact]
    public void BecomeStacked_UnbecomePopsOneLevel()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody(TestActor)));

        actor.Tell("angry", TestActor);
        actor.Tell("push happy", TestActor);
        actor.Tell("hi", TestActor);
        actor.Tell("calm", TestActor);
        actor.Tell("hi", TestActor);

        ExpectMsg("yay hi");
        ExpectMsg("GRR hi");
    }

    [Fact]
    public void ContextBecome_RawReceive_UnhandledFallsThroughToUnhandled()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Raw(TestActor)));

        actor.Tell("switch", TestActor);
        actor.Tell(42, TestActor);
        actor.Tell("text", TestActor);

        ExpectMsg("raw 42");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Restart_ResetsBehaviour()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Moody(TestActor)));

        actor.Tell("angry", TestActor);
        actor.Tell("fail", TestActor);
        actor.Tell("hi", TestActor);

        ExpectMsg("hello hi");
    }

    private sealed class Moody : ReceiveActor
    {
        public Moody(IActorRef probe)
        {
            Receive<string>(s => s == "angry", _ => Become(Angry));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => probe.Tell($"hello {s}"));

            void Angry()
            {
                Receive<string>(s => s == "calm", _ => Unbecome());
                Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
                Receive<string>(s => s == "push happy", _ => BecomeStacked(() =>
                {
                    Receive<string>(s => s == "calm", _ => Unbecome());
                    Receive<string>(s => probe.Tell($"yay {s}"));
                }));
                Receive<string>(s => s != "angry", s => probe.Tell($"GRR {s}"));
                Receive<string>(_ => { });
            }
        }
    }

    private sealed class Raw : ReceiveActor
    {
        public Raw(IActorRef probe) =>
            Receive<string>(s => s == "switch", _ => Context.Become(message =>
            {
                if (message is int n)
                {
                    probe.Tell($"raw {n}");
                    return true;
                }

                return false;
            }));
    }
}
