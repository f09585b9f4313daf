using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

public sealed class PersistentActorSnapshotTests : PersistenceTestKit
{
    [Fact]
    public void SaveSnapshot_Stored_RepliesSuccessAndRecoveryStartsFromIt()
    {
        var actor = SpawnRecovered("s");
        actor.Tell(new PersistEvents(Inc(1, "a"), Inc(2, "b")), TestActor);
        ReceiveN(2);

        actor.Tell(new TakeSnapshot(), TestActor);
        Assert.Equal(2, ExpectMsg<SaveSnapshotSuccess>().Metadata.SequenceNr);
        actor.Tell(new PersistEvents(Inc(3, "c")), TestActor);
        ExpectMsg<Persisted>();
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);

        Sys.ActorOf(TestPersistentActor.Create(Extension(), "s", TestActor));

        Assert.Equal(2, ExpectMsg<SnapshotOffer>().Metadata.SequenceNr);
        var recovered = ExpectMsg<Recovered>();
        Assert.Equal((3L, 6), (recovered.LastSequenceNr, recovered.Total));
    }

    [Fact]
    public void SaveSnapshot_StoreFails_RepliesFailureAndTheActorContinues()
    {
        var actor = SpawnRecovered("s");
        Snapshots.FailSavesWith = new SnapshotStoreException("/data/nanoclaw.db", StoreErrorKind.Full, "The disk is full");

        actor.Tell(new TakeSnapshot(), TestActor);

        Assert.IsType<SnapshotStoreException>(ExpectMsg<SaveSnapshotFailure>().Cause);
        actor.Tell(new Echo("alive"), TestActor);
        ExpectMsg("alive");
    }

    [Fact]
    public async Task SaveSnapshot_Retention_KeepsTheNewestN()
    {
        var actor = SpawnRecovered("keep", Extension(new PersistenceOptions { SnapshotsToKeep = 2 }));

        for (var i = 0; i < 4; i++)
        {
            actor.Tell(new PersistEvents(Inc(1, $"e{i}")), TestActor);
            ExpectMsg<Persisted>();
            actor.Tell(new TakeSnapshot(), TestActor);
            ExpectMsg<SaveSnapshotSuccess>();
        }

        Assert.Null(await Snapshots.Inner.LoadAsync("keep", new SnapshotSelectionCriteria(2, DateTimeOffset.MaxValue), CancellationToken.None));
        Assert.Equal(3, (await Snapshots.Inner.LoadAsync("keep", new SnapshotSelectionCriteria(3, DateTimeOffset.MaxValue), CancellationToken.None))!.Metadata.SequenceNr);
        Assert.Equal(4, (await Snapshots.Inner.LoadAsync("keep", SnapshotSelectionCriteria.Latest, CancellationToken.None))!.Metadata.SequenceNr);
    }

    [Fact]
    public async Task SaveSnapshot_RetentionOff_KeepsEverySnapshot()
    {
        var actor = SpawnRecovered("all", Extension(new PersistenceOptions { SnapshotsToKeep = 0 }));

        for (var i = 0; i < 3; i++)
        {
            actor.Tell(new PersistEvents(Inc(1, $"e{i}")), TestActor);
            ExpectMsg<Persisted>();
            actor.Tell(new TakeSnapshot(), TestActor);
            ExpectMsg<SaveSnapshotSuccess>();
        }

        Assert.Equal(1, (await Snapshots.Inner.LoadAsync("all", new SnapshotSelectionCriteria(1, DateTimeOffset.MaxValue), CancellationToken.None))!.Metadata.SequenceNr);
    }

    [Fact]
    public void Recovery_SnapshotFailsToLoad_StopsTheActor()
    {
        Snapshots.FailLoadsWith = new SnapshotStoreException("/data/nanoclaw.db", StoreErrorKind.Corrupt, "The file is not a database");

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "bad", TestActor));
        Watch(actor);

        Assert.IsType<SnapshotStoreException>(ExpectMsg<RecoveryFailedReport>().Cause);
        ExpectTerminated(actor);
    }

    [Fact]
    public async Task DeleteMessages_UpToASequenceNr_RepliesSuccessAndRecoveryKeepsNumbering()
    {
        var actor = SpawnRecovered("del");
        actor.Tell(new PersistEvents(Inc(1, "a"), Inc(1, "b"), Inc(1, "c")), TestActor);
        ReceiveN(3);

        actor.Tell(new DeleteTo(2), TestActor);

        Assert.Equal(2, ExpectMsg<DeleteMessagesSuccess>().ToSequenceNr);
        var left = new List<PersistentRepresentation>();
        await foreach (var e in Journal.Inner.ReplayAsync("del", 1, long.MaxValue, long.MaxValue, CancellationToken.None))
        {
            left.Add(e);
        }

        Assert.Equal([3L], left.Select(e => e.SequenceNr));
    }

    [Fact]
    public void DeleteMessages_BeyondTheLastSequenceNr_RepliesFailure()
    {
        var actor = SpawnRecovered("del");

        actor.Tell(new DeleteTo(5), TestActor);

        Assert.Equal(5, ExpectMsg<DeleteMessagesFailure>().ToSequenceNr);
    }

    [Fact]
    public void DeleteMessages_JournalFails_RepliesFailureAndTheActorContinues()
    {
        var actor = SpawnRecovered("del");
        actor.Tell(new PersistEvents(Inc(1, "a")), TestActor);
        ExpectMsg<Persisted>();
        Journal.FailDeletesWith = new JournalException("db", StoreErrorKind.Locked, "locked");

        actor.Tell(new DeleteTo(1), TestActor);

        Assert.IsType<JournalException>(ExpectMsg<DeleteMessagesFailure>().Cause);
        actor.Tell(new Echo("alive"), TestActor);
        ExpectMsg("alive");
    }

    [Fact]
    public void DeleteMessages_RightAfterPersist_RunsAfterTheWrite()
    {
        var actor = SpawnRecovered("del");
        Journal.HoldWrites();

        actor.Tell(new PersistEvents(Inc(1, "a")), TestActor);
        actor.Tell(new DeleteTo(1), TestActor);
        Journal.ReleaseWrites();

        ExpectMsg<Persisted>();
        ExpectMsg<DeleteMessagesSuccess>();
    }

    [Fact]
    public void SaveSnapshot_StateDoesNotSerialize_RepliesFailure()
    {
        var persistence = new PersistenceExtension(Journal, Snapshots, new SerializerRegistry()
            .Register("counter.incremented", Serialization.TestEventsJsonContext.Default.CounterIncremented));
        var actor = SpawnRecovered("unsnap", persistence);

        actor.Tell(new TakeSnapshot(), TestActor);

        Assert.IsType<SerializationRejectedException>(ExpectMsg<SaveSnapshotFailure>().Cause);
    }
}
