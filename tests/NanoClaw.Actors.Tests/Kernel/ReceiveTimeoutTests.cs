using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class ReceiveTimeoutTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    private IActorRef SpawnIdle(TimeSpan? timeout)
    {
        var actor = Sys.ActorOf(Props.Create(() => new Idle(TestActor, timeout)), "idle");
        actor.Tell("sync", TestActor);
        ExpectMsg("sync");
        return actor;
    }

    [Fact]
    public void SetReceiveTimeout_Idle_DeliversReceiveTimeout()
    {
        SpawnIdle(TimeSpan.FromSeconds(10));

        Time.Advance(TimeSpan.FromSeconds(10));

        ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void SetReceiveTimeout_Activity_RestartsIdlePeriod()
    {
        var actor = SpawnIdle(TimeSpan.FromSeconds(10));

        Time.Advance(TimeSpan.FromSeconds(6));
        actor.Tell("busy", TestActor);
        ExpectMsg("busy");
        Time.Advance(TimeSpan.FromSeconds(6));
        ExpectNoMsg(Short);
        Time.Advance(TimeSpan.FromSeconds(4));

        ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void SetReceiveTimeout_StaysIdle_RepeatsEveryPeriod()
    {
        SpawnIdle(TimeSpan.FromSeconds(10));

        Time.Advance(TimeSpan.FromSeconds(10));
        ExpectMsg<ReceiveTimeout>();
        Time.Advance(TimeSpan.FromSeconds(10));

        ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void SetReceiveTimeout_Null_TurnsItOff()
    {
        var actor = SpawnIdle(TimeSpan.FromSeconds(10));

        actor.Tell("off", TestActor);
        ExpectMsg("off");
        Time.Advance(TimeSpan.FromSeconds(30));

        ExpectNoMsg(Short);
    }

    [Fact]
    public void SetReceiveTimeout_NotInfluencingMessage_DoesNotRestartIdlePeriod()
    {
        var actor = SpawnIdle(TimeSpan.FromSeconds(10));

        Time.Advance(TimeSpan.FromSeconds(6));
        actor.Tell(new Quiet(), TestActor);
        ExpectMsg<Quiet>();
        Time.Advance(TimeSpan.FromSeconds(4));

        ExpectMsg<ReceiveTimeout>();
    }

    [Fact]
    public void ReceiveTimeout_Property_ReflectsSetting()
    {
        var actor = SpawnIdle(TimeSpan.FromSeconds(3));

        actor.Tell("get", TestActor);

        ExpectMsg(TimeSpan.FromSeconds(3));
    }

    private sealed record Quiet : INotInfluenceReceiveTimeout;

    private sealed class Idle : ReceiveActor
    {
        public Idle(IActorRef probe, TimeSpan? timeout)
        {
            Context.SetReceiveTimeout(timeout);
            Receive<ReceiveTimeout>(t => probe.Tell(t));
            Receive<Quiet>(q => probe.Tell(q));
            Receive<string>(s => s == "off", s =>
            {
                Context.SetReceiveTimeout(null);
                probe.Tell(s);
            });
            Receive<string>(s => s == "get", _ => probe.Tell(Context.ReceiveTimeout ?? TimeSpan.Zero));
            Receive<string>(s => probe.Tell(s));
        }
    }
}
