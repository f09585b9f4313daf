using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Stashing;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Stashing;

public sealed class StashTests : TestKit
{
    private IActorRef SpawnGatekeeper() => Sys.ActorOf(Props.Create(() => new Gatekeeper(TestActor)), "gatekeeper");

    [Fact]
    public void UnstashAll_DeliversStashedInOrderBeforeLaterMessages()
    {
        var actor = SpawnGatekeeper();
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);
        actor.Tell(3, TestActor);

        actor.Tell("open", TestActor);
        actor.Tell(4, TestActor);

        ExpectMsg("opened with 3 stashed");
        ExpectMsg(1);
        ExpectMsg(2);
        ExpectMsg(3);
        ExpectMsg(4);
    }

    [Fact]
    public void Unstash_PutsOldestAtFront()
    {
        var actor = SpawnGatekeeper();
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);

        actor.Tell("one", TestActor);
        actor.Tell("open", TestActor);

        ExpectMsg("unstashed one");
        ExpectMsg("closed: 1");
        ExpectMsg("opened with 1 stashed");
        ExpectMsg(2);
    }

    [Fact]
    public void Stash_SameMessageTwice_Fails()
    {
        var actor = SpawnGatekeeper();

        actor.Tell("twice", TestActor);

        ExpectMsg("InvalidOperationException");
    }

    [Fact]
    public void Restart_RedeliversStashToNewInstance()
    {
        var actor = SpawnGatekeeper();
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);

        actor.Tell("fail", TestActor);
        ExpectMsg("restarted");
        actor.Tell("open", TestActor);

        ExpectMsg("opened with 2 stashed");
        ExpectMsg(1);
        ExpectMsg(2);
    }

    [Fact]
    public void Stop_SendsStashToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var actor = SpawnGatekeeper();
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);
        Watch(actor);

        actor.Tell(PoisonPill.Instance, TestActor);

        ExpectTerminated(actor);
        Assert.Equal([1, 2], deadLetters.ReceiveN(2).Cast<DeadLetter>().Select(d => d.Message));
    }

    [Fact]
    public void ClearStash_ReturnsMessagesWithoutDelivering()
    {
        var actor = SpawnGatekeeper();
        actor.Tell(1, TestActor);
        actor.Tell(2, TestActor);

        actor.Tell("clear", TestActor);
        actor.Tell("open", TestActor);

        ExpectMsg("cleared 2");
        ExpectMsg("opened with 0 stashed");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Stashes numbers until "open", then echoes them; reports stash operations.</summary>
    private sealed class Gatekeeper : ReceiveActor, IWithStash
    {
        private readonly IActorRef _probe;

        public Gatekeeper(IActorRef probe)
        {
            _probe = probe;
            Receive<int>(_ => Stash.Stash());
            Receive<string>(s => s == "one", _ =>
            {
                Stash.Unstash();
                probe.Tell("unstashed one");
                Become(() => Receive<int>(n =>
                {
                    probe.Tell($"closed: {n}");
                    Unbecome();
                }));
            });
            Receive<string>(s => s == "open", _ =>
            {
                probe.Tell($"opened with {Stash.Count} stashed");
                Stash.UnstashAll();
                Become(() => ReceiveAny(m => probe.Tell(m)));
            });
            Receive<string>(s => s == "twice", _ =>
            {
                Stash.Stash();
                try
                {
                    Stash.Stash();
                }
                catch (InvalidOperationException ex)
                {
                    probe.Tell(ex.GetType().Name);
                }
            });
            Receive<string>(s => s == "clear", _ => probe.Tell($"cleared {Stash.ClearStash().Count}"));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
        }

        public IStash Stash { get; set; } = null!;

        protected override void PostRestart(Exception reason) => _probe.Tell("restarted");
    }
}
