using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;
using NanoClaw.Actors.Timers;

namespace NanoClaw.Actors.Tests.Timers;

public sealed class TimerSchedulerTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    private IActorRef SpawnTimed(Gate? gate = null)
    {
        var actor = Sys.ActorOf(Props.Create(() => new Timed(TestActor, gate)), "timed");
        return actor;
    }

    private void Command(IActorRef actor, object command)
    {
        actor.Tell(command, TestActor);
        ExpectMsg("ok");
    }

    [Fact]
    public void StartSingleTimer_FiresOnceAfterDelay()
    {
        var actor = SpawnTimed();
        Command(actor, new Single("k", "tick", TimeSpan.FromSeconds(10)));

        Time.Advance(TimeSpan.FromSeconds(9));
        ExpectNoMsg(Short);
        Time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        Time.Advance(TimeSpan.FromSeconds(60));
        ExpectNoMsg(Short);
    }

    [Fact]
    public void StartPeriodicTimer_FiresEveryInterval()
    {
        var actor = SpawnTimed();
        Command(actor, new Periodic("k", "tick", null, TimeSpan.FromSeconds(5)));

        for (var i = 0; i < 3; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(5));
            ExpectMsg("tick");
        }
    }

    [Fact]
    public void StartPeriodicTimer_InitialDelay_FirstFireAfterIt()
    {
        var actor = SpawnTimed();
        Command(actor, new Periodic("k", "tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));

        Time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        Time.Advance(TimeSpan.FromSeconds(4));
        ExpectNoMsg(Short);
        Time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
    }

    [Fact]
    public void Cancel_BeforeDue_NeverDelivers()
    {
        var actor = SpawnTimed();
        Command(actor, new Single("k", "tick", TimeSpan.FromSeconds(1)));
        Command(actor, new CancelTimer("k"));

        Time.Advance(TimeSpan.FromSeconds(5));

        ExpectNoMsg(Short);
    }

    [Fact]
    public void Cancel_AfterTickQueued_NeverDelivers()
    {
        using var gate = new Gate();
        var actor = SpawnTimed(gate);
        Command(actor, new Single("k", "tick", TimeSpan.FromSeconds(1)));
        actor.Tell("hold", TestActor);
        gate.WaitUntilEntered();
        actor.Tell(new CancelTimer("k"), TestActor);

        Time.Advance(TimeSpan.FromSeconds(1));
        gate.Open();

        ExpectMsg("ok");
        ExpectNoMsg(Short);
    }

    [Fact]
    public void Start_SameKeyAfterTickQueued_OnlyReplacementDelivers()
    {
        using var gate = new Gate();
        var actor = SpawnTimed(gate);
        Command(actor, new Single("k", "old", TimeSpan.FromSeconds(1)));
        actor.Tell("hold", TestActor);
        gate.WaitUntilEntered();
        actor.Tell(new Single("k", "new", TimeSpan.FromSeconds(1)), TestActor);

        Time.Advance(TimeSpan.FromSeconds(1));
        gate.Open();
        ExpectMsg("ok");
        Time.Advance(TimeSpan.FromSeconds(1));

        ExpectMsg("new");
        ExpectNoMsg(Short);
    }

    [Fact]
    public void IsTimerActive_SingleTimer_FalseAfterItFired()
    {
        var actor = SpawnTimed();
        Command(actor, new Single("k", "tick", TimeSpan.FromSeconds(1)));
        actor.Tell(new IsActive("k"), TestActor);
        ExpectMsg(true);

        Time.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        actor.Tell(new IsActive("k"), TestActor);

        ExpectMsg(false);
    }

    [Fact]
    public void Restart_CancelsTimers()
    {
        var actor = SpawnTimed();
        Command(actor, new Single("k", "tick", TimeSpan.FromSeconds(1)));

        actor.Tell("fail", TestActor);
        ExpectMsg("restarted");
        Time.Advance(TimeSpan.FromSeconds(5));

        ExpectNoMsg(Short);
    }

    [Fact]
    public void Stop_CancelsTimers()
    {
        var actor = SpawnTimed();
        Command(actor, new Periodic("k", "tick", null, TimeSpan.FromSeconds(1)));
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);

        Time.Advance(TimeSpan.FromSeconds(5));

        ExpectNoMsg(Short);
        Assert.Equal(0, Time.ArmedTimerCount);
    }

    private sealed record Single(string Key, string Message, TimeSpan Delay);

    private sealed record Periodic(string Key, string Message, TimeSpan? InitialDelay, TimeSpan Interval);

    private sealed record CancelTimer(string Key);

    private sealed record IsActive(string Key);

    private sealed class Timed : ReceiveActor, IWithTimers
    {
        private readonly IActorRef _probe;

        public Timed(IActorRef probe, Gate? gate)
        {
            _probe = probe;
            Receive<Single>(s =>
            {
                Timers.StartSingleTimer(s.Key, s.Message, s.Delay);
                Sender.Tell("ok");
            });
            Receive<Periodic>(p =>
            {
                if (p.InitialDelay is { } initial)
                {
                    Timers.StartPeriodicTimer(p.Key, p.Message, initial, p.Interval);
                }
                else
                {
                    Timers.StartPeriodicTimer(p.Key, p.Message, p.Interval);
                }

                Sender.Tell("ok");
            });
            Receive<CancelTimer>(c =>
            {
                Timers.Cancel(c.Key);
                Sender.Tell("ok");
            });
            Receive<IsActive>(a => Sender.Tell(Timers.IsTimerActive(a.Key)));
            Receive<string>(s => s == "hold", _ => gate!.Pass());
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => probe.Tell(s));
        }

        public ITimerScheduler Timers { get; set; } = null!;

        protected override void PostRestart(Exception reason) => _probe.Tell("restarted");
    }
}
