using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

public sealed class PersistentActorPersistTests : PersistenceTestKit
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Persist_Confirmed_HandlerRunsWithSequenceNrAndOriginalSender()
    {
        var actor = SpawnRecovered("p1");
        var client = CreateTestProbe();

        client.Send(actor, new PersistEvents(Inc(1, "a"), Inc(2, "b")));

        Assert.Equal(new Persisted(Inc(1, "a"), 1), client.ExpectMsg<Persisted>());
        Assert.Equal(new Persisted(Inc(2, "b"), 2), client.ExpectMsg<Persisted>());
        client.Send(actor, new GetState());
        Assert.Equal(3, client.ExpectMsg<CounterView>().Total);
    }

    [Fact]
    public void Persist_CommandsArriveWhileWritePending_StashedAndProcessedAfterHandlerInOrder()
    {
        var actor = SpawnRecovered("p1");
        Journal.HoldWrites();

        actor.Tell(new PersistEvents(Inc(1, "a")), TestActor);
        actor.Tell(new Echo("first"), TestActor);
        actor.Tell(new Echo("second"), TestActor);
        ExpectNoMsg(Quiet);
        Journal.ReleaseWrites();

        ExpectMsg<Persisted>();
        ExpectMsg("first");
        ExpectMsg("second");
    }

    [Fact]
    public void Persist_CommandAfterPersistingCommand_SeesTheHandlersEffect()
    {
        var actor = SpawnRecovered("p1");
        Journal.HoldWrites();

        actor.Tell(new PersistEvents(Inc(5, "a")), TestActor);
        actor.Tell(new GetState(), TestActor);
        Journal.ReleaseWrites();

        ExpectMsg<Persisted>();
        var view = ExpectMsg<CounterView>();
        Assert.Equal((5, 1L), (view.Total, view.LastSequenceNr));
        Assert.Equal(["a"], view.History);
    }

    [Fact]
    public void Persist_SeveralCallsInOneCommand_GoToTheJournalInOneCall()
    {
        var actor = SpawnRecovered("p1");

        actor.Tell(new PersistEvents(Inc(1, "a"), Inc(1, "b"), Inc(1, "c")), TestActor);

        ReceiveN(3);
        var call = Assert.Single(Journal.WriteCalls);
        Assert.Equal([1L, 2L, 3L], call.Select(w => w.LowestSequenceNr));
    }

    [Fact]
    public void PersistAll_Confirmed_OneAtomicWriteAndHandlersInOrder()
    {
        var actor = SpawnRecovered("p1");

        actor.Tell(new PersistEvents([Inc(1, "a"), Inc(2, "b"), Inc(3, "c")], Atomic: true), TestActor);

        Assert.Equal([1L, 2L, 3L], ReceiveN(3).Cast<Persisted>().Select(p => p.SequenceNr));
        var write = Assert.Single(Assert.Single(Journal.WriteCalls));
        Assert.Equal(3, write.Events.Count);
    }

    [Fact]
    public void Persist_HandlerPersistsAgain_CommandsWaitForTheInnerHandler()
    {
        var actor = SpawnRecovered("p1");
        Journal.HoldWrites();

        actor.Tell(new PersistNested(Inc(1, "outer"), Inc(1, "inner")), TestActor);
        actor.Tell(new Echo("after"), TestActor);
        Journal.ReleaseWrites();

        Assert.Equal(new Persisted(Inc(1, "outer"), 1), ExpectMsg<Persisted>());
        Assert.Equal(new Persisted(Inc(1, "inner"), 2), ExpectMsg<Persisted>());
        ExpectMsg("after");
    }

    [Fact]
    public void PersistAsync_WritePending_LaterCommandsRunBeforeTheHandler()
    {
        var actor = SpawnRecovered("p1");
        Journal.HoldWrites();

        actor.Tell(new PersistEvents([Inc(1, "a")], Async: true), TestActor);
        actor.Tell(new Echo("not stashed"), TestActor);

        ExpectMsg("not stashed");
        Journal.ReleaseWrites();
        ExpectMsg<Persisted>();
    }

    [Fact]
    public void DeferAsync_AfterPendingPersist_RunsAfterItsHandler()
    {
        var actor = SpawnRecovered("p1");
        Journal.HoldWrites();

        actor.Tell(new PersistEvents([Inc(1, "a")], Async: true), TestActor);
        actor.Tell(new DeferEvent("marker"), TestActor);
        ExpectNoMsg(Quiet);
        Journal.ReleaseWrites();

        ExpectMsg<Persisted>();
        ExpectMsg(new Deferred("marker"));
        Assert.Single(Journal.WriteCalls.SelectMany(c => c));
    }

    [Fact]
    public async Task Persist_ManyActorsAtOnce_GroupCommitBatchesTheirWrites()
    {
        var gated = new ControllableJournal();
        await using var groupCommit = new GroupCommitJournal(gated);
        var persistence = Extension(journal: groupCommit);
        var actors = Enumerable.Range(0, 20).Select(i => SpawnRecovered($"g{i}", persistence)).ToList();
        gated.HoldWrites();

        actors.ForEach(a => a.Tell(new PersistEvents(Inc(1, "x")), TestActor));
        // The first commit is held inside the store, so whatever it did not take queues behind it.
        AwaitCondition(() => gated.WriteCalls.Count == 1 && gated.WriteCalls[0].Count + groupCommit.QueuedCount == 20);
        gated.ReleaseWrites();

        ReceiveN(20);
        Assert.Equal(20, gated.WriteCalls.Sum(c => c.Count));
        Assert.InRange(groupCommit.CommitCount, 1, 2);
    }
}
