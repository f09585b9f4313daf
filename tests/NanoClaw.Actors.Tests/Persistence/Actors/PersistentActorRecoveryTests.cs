using System.Text;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Tests.Persistence.Serialization;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

public sealed class PersistentActorRecoveryTests : PersistenceTestKit
{
    [Fact]
    public void Recovery_NewPersistenceId_OnlyRecoveryCompleted()
    {
        Sys.ActorOf(TestPersistentActor.Create(Extension(), "fresh", TestActor));

        Assert.Equal(0, ExpectMsg<Recovered>().LastSequenceNr);
    }

    [Fact]
    public async Task Recovery_SnapshotAndLaterEvents_OffersSnapshotThenReplaysLaterEventsInOrder()
    {
        await SeedEventsAsync("r", 1, Inc(1, "a"), Inc(2, "b"), Inc(3, "c"), Inc(4, "d"));
        await SeedSnapshotAsync("r", 2, new CounterState(3, ["a", "b"]));

        Sys.ActorOf(TestPersistentActor.Create(Extension(), "r", TestActor));

        Assert.Equal(2, ExpectMsg<SnapshotOffer>().Metadata.SequenceNr);
        var recovered = ExpectMsg<Recovered>();
        Assert.Equal(4, recovered.LastSequenceNr);
        Assert.Equal(10, recovered.Total);
        Assert.Equal(["a", "b", "c", "d"], recovered.History);
    }

    [Fact]
    public async Task Recovery_SnapshotAtTheLastEvent_OffersItAndReplaysNothing()
    {
        await SeedEventsAsync("r", 1, Inc(1, "a"), Inc(2, "b"));
        await SeedSnapshotAsync("r", 2, new CounterState(3, ["a", "b"]));

        Sys.ActorOf(TestPersistentActor.Create(Extension(), "r", TestActor));

        Assert.Equal(2, ExpectMsg<SnapshotOffer>().Metadata.SequenceNr);
        var recovered = ExpectMsg<Recovered>();
        Assert.Equal((2L, 3), (recovered.LastSequenceNr, recovered.Total));
    }

    [Fact]
    public async Task Recovery_LongLog_ReplaysEveryEventAcrossBatches()
    {
        await SeedEventsAsync("long", 1, [.. Enumerable.Range(1, 1000).Select(i => (object)Inc(1, $"e{i}"))]);

        Sys.ActorOf(TestPersistentActor.Create(Extension(new PersistenceOptions { ReplayBatchSize = 7 }), "long", TestActor));

        var recovered = ExpectMsg<Recovered>();
        Assert.Equal(1000, recovered.Total);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"e{i}"), recovered.History);
    }

    [Fact]
    public async Task Recovery_CommandsArriveDuringRecovery_StashedAndProcessedAfterInOrder()
    {
        await SeedEventsAsync("s", 1, Inc(1, "a"));
        Journal.HoldReplays();

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "s", TestActor));
        actor.Tell(new Echo("one"), TestActor);
        actor.Tell(new GetState(), TestActor);
        actor.Tell(new Echo("two"), TestActor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        Journal.ReleaseReplays();

        ExpectMsg<Recovered>();
        ExpectMsg("one");
        Assert.Equal(1, ExpectMsg<CounterView>().Total);
        ExpectMsg("two");
    }

    [Fact]
    public async Task Recovery_UnknownManifest_StopsAndLogsTheCause()
    {
        await Journal.Inner.WriteAsync(
            [new AtomicWrite(new PersistentRepresentation("u", 1, "no.such.manifest", Encoding.UTF8.GetBytes("{}"), default, "w"))],
            CancellationToken.None);

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "u", TestActor));
        Watch(actor);
        actor.Tell(new Echo("never"), TestActor);

        Assert.IsType<UnknownManifestException>(ExpectMsg<RecoveryFailedReport>().Cause);
        ExpectTerminated(actor);
        var error = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is UnknownManifestException);
        Assert.Contains("no.such.manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recovery_RecoveryHandlerThrows_StopsWithTheEvent()
    {
        await SeedEventsAsync("h", 1, Inc(1, "a"), Inc(1, "explode"));

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "h", TestActor));
        Watch(actor);

        var report = ExpectMsg<RecoveryFailedReport>();
        Assert.Equal(Inc(1, "explode"), report.Event);
        ExpectTerminated(actor);
    }

    [Fact]
    public void Recovery_JournalFails_StopsAndLogsTheCause()
    {
        Journal.FailReplaysWith = new JournalException("/data/nanoclaw.db", StoreErrorKind.Corrupt, "The file is not a database");

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "j", TestActor));
        Watch(actor);

        ExpectMsg<RecoveryFailedReport>();
        ExpectTerminated(actor);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("/data/nanoclaw.db", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recovery_OldEventWithoutANewerField_RecoversWithTheDefault()
    {
        var v1 = new SerializerRegistry().Register<CounterIncrementedV1>("counter.incremented");
        await Journal.Inner.WriteAsync([new AtomicWrite(v1.ToRepresentation(new CounterIncrementedV1(7), "old", 1, "w"))], CancellationToken.None);

        Sys.ActorOf(TestPersistentActor.Create(Extension(), "old", TestActor));

        var recovered = ExpectMsg<Recovered>();
        Assert.Equal(7, recovered.Total);
        Assert.Equal([""], recovered.History);
    }

    [Fact]
    public void Recovery_AfterRestart_RebuildsTheStateFromTheJournal()
    {
        var actor = SpawnRecovered("restart");
        actor.Tell(new PersistEvents(Inc(2, "a"), Inc(3, "b")), TestActor);
        ReceiveN(2);

        actor.Tell(new FailNow("boom"), TestActor);

        var recovered = ExpectMsg<Recovered>();
        Assert.Equal((2L, 5), (recovered.LastSequenceNr, recovered.Total));
    }

    [Fact]
    public async Task Recovery_EventsDeleted_ContinuesNumberingAfterTheHighest()
    {
        await SeedEventsAsync("d", 1, Inc(1, "a"), Inc(1, "b"));
        await Journal.Inner.DeleteMessagesToAsync("d", 2, CancellationToken.None);

        var actor = SpawnRecovered("d");
        actor.Tell(new PersistEvents(Inc(1, "c")), TestActor);

        Assert.Equal(3, ExpectMsg<Persisted>().SequenceNr);
    }

    [Fact]
    public async Task Recovery_None_SkipsHistoryButContinuesNumbering()
    {
        await SeedEventsAsync("n", 1, Inc(1, "a"), Inc(1, "b"));

        var actor = Sys.ActorOf(TestPersistentActor.Create(Extension(), "n", TestActor, Recovery.None));

        var recovered = ExpectMsg<Recovered>();
        Assert.Equal((2L, 0), (recovered.LastSequenceNr, recovered.Total));
        actor.Tell(new PersistEvents(Inc(1, "c")), TestActor);
        Assert.Equal(3, ExpectMsg<Persisted>().SequenceNr);
    }
}
