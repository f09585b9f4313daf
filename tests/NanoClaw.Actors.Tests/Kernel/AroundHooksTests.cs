using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Stashing;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

/// <summary>
/// The hooks a base class (such as a persistent actor) builds on: it intercepts messages during
/// recovery and while a write is in flight, holds them in its own stash, and releases them after.
/// </summary>
public sealed class AroundHooksTests : TestKit
{
    [Fact]
    public void AroundPreStart_InterceptsMessagesUntilRecovered()
    {
        var journal = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Ledger(journal.Ref, TestActor)), "ledger");
        journal.ExpectMsg("recover");

        actor.Tell("a", TestActor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        journal.Reply(new Recovered(["x", "y"]));

        ExpectMsg("recovered x,y");
        journal.ExpectMsg("write a");
    }

    [Fact]
    public void AroundReceive_WriteInFlight_StashesCommandsInternallyInOrder()
    {
        var journal = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Ledger(journal.Ref, TestActor)), "ledger");
        journal.ExpectMsg("recover");
        journal.Reply(new Recovered([]));
        ExpectMsg("recovered ");

        actor.Tell("a", TestActor);
        actor.Tell("b", TestActor);
        actor.Tell("c", TestActor);
        journal.ExpectMsg("write a");
        journal.ExpectNoMsg(TimeSpan.FromMilliseconds(50));

        foreach (var command in new[] { "a", "b", "c" })
        {
            journal.Reply(new Written(command));
            ExpectMsg($"applied {command}");
            if (command != "c")
            {
                journal.ExpectMsg($"write {(char)(command[0] + 1)}");
            }
        }
    }

    [Fact]
    public void AroundPostStop_WrapsPostStop()
    {
        var journal = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Ledger(journal.Ref, TestActor)), "ledger");
        journal.ExpectMsg("recover");
        journal.Reply(new Recovered([]));
        ExpectMsg("recovered ");

        Sys.Stop(actor);

        ExpectMsg("base PostStop");
        ExpectMsg("derived PostStop");
    }

    private sealed record Recovered(IReadOnlyList<string> Events);

    private sealed record Written(string Event);

    /// <summary>A miniature of a persistent actor, written only against the public hooks.</summary>
    private abstract class Journaled : ActorBase
    {
        private readonly IStash _internal;
        private readonly IActorRef _journal;
        private bool _recovering = true;
        private bool _writing;

        protected Journaled(IActorRef journal)
        {
            _journal = journal;
            _internal = CreateStash();
        }

        protected IActorRef Probe { get; init; } = ActorRefs.Nobody;

        protected abstract void OnRecovered(IReadOnlyList<string> events);

        protected abstract void OnApplied(string @event);

        protected void Persist(string @event)
        {
            _writing = true;
            _journal.Tell($"write {@event}");
        }

        protected internal override void AroundPreStart()
        {
            _journal.Tell("recover");
            base.AroundPreStart();
        }

        protected internal override bool AroundReceive(Receive receive, object message)
        {
            switch (message)
            {
                case Recovered recovered when _recovering:
                    _recovering = false;
                    OnRecovered(recovered.Events);
                    _internal.UnstashAll();
                    return true;
                case Written written when _writing:
                    _writing = false;
                    OnApplied(written.Event);
                    _internal.UnstashAll();
                    return true;
                case var _ when _recovering || _writing:
                    _internal.Stash();
                    return true;
                default:
                    return base.AroundReceive(receive, message);
            }
        }

        protected internal override void AroundPostStop()
        {
            Probe.Tell("base PostStop");
            base.AroundPostStop();
        }
    }

    private sealed class Ledger : Journaled
    {
        public Ledger(IActorRef journal, IActorRef probe)
            : base(journal)
        {
            Probe = probe;
        }

        protected override bool Receive(object message)
        {
            if (message is string command)
            {
                Persist(command);
                return true;
            }

            return false;
        }

        protected override void OnRecovered(IReadOnlyList<string> events) => Probe.Tell($"recovered {string.Join(',', events)}");

        protected override void OnApplied(string @event) => Probe.Tell($"applied {@event}");

        protected override void PostStop() => Probe.Tell("derived PostStop");
    }
}
