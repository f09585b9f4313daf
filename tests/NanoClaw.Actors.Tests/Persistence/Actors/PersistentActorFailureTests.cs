using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Tests.Persistence.Serialization;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

public sealed class PersistentActorFailureTests : PersistenceTestKit
{
    [Fact]
    public void Persist_JournalFails_OnPersistFailureLogsAndTheActorStops()
    {
        var actor = SpawnRecovered("f");
        Watch(actor);
        Journal.FailWritesWith = new JournalException("/data/nanoclaw.db", StoreErrorKind.Full, "The disk is full");

        actor.Tell(new PersistEvents(Inc(1, "lost")), TestActor);

        var failed = ExpectMsg<PersistFailed>();
        Assert.Equal(1, failed.SequenceNr);
        ExpectTerminated(actor);
        var error = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is JournalException);
        Assert.Contains("/data/nanoclaw.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Persist_JournalFails_StashedCommandsGoToDeadLetters()
    {
        var actor = SpawnRecovered("f");
        Watch(actor);
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        Journal.HoldWrites();
        Journal.FailWritesWith = new JournalException("db", StoreErrorKind.Unknown, "broken");

        actor.Tell(new PersistEvents(Inc(1, "lost")), TestActor);
        actor.Tell(new Echo("waiting"), TestActor);
        Journal.ReleaseWrites();

        ExpectMsg<PersistFailed>();
        ExpectTerminated(actor);
        Assert.Equal(new Echo("waiting"), deadLetters.FishForMessage<DeadLetter>(d => d.Message is Echo).Message);
    }

    [Fact]
    public async Task Persist_DuplicateSequenceNr_TreatedAsFailureAndStops()
    {
        var actor = SpawnRecovered("dup");
        Watch(actor);
        await Journal.Inner.WriteAsync([new AtomicWrite(NewRegistry().ToRepresentation(Inc(1, "other writer"), "dup", 1, "w"))], CancellationToken.None);

        actor.Tell(new PersistEvents(Inc(1, "mine")), TestActor);

        Assert.IsType<DuplicateSequenceNrException>(ExpectMsg<PersistFailed>().Cause);
        ExpectTerminated(actor);
    }

    [Fact]
    public void Persist_EventDoesNotSerialize_RejectedAndTheActorContinuesWithoutUsingTheSequenceNr()
    {
        var actor = SpawnRecovered("rej");

        actor.Tell(new PersistEvents(new Unregistered(1)), TestActor);
        var rejected = ExpectMsg<Rejected>();
        actor.Tell(new PersistEvents(Inc(1, "next")), TestActor);

        Assert.Equal(1, rejected.SequenceNr);
        Assert.IsType<SerializationRejectedException>(rejected.Cause);
        Assert.Equal(1, ExpectMsg<Persisted>().SequenceNr);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Exception is SerializationRejectedException);
    }

    [Fact]
    public void PersistAll_OneEventDoesNotSerialize_WholeWriteRejected()
    {
        var actor = SpawnRecovered("rej");

        actor.Tell(new PersistEvents([Inc(1, "a"), new Unregistered(1)], Atomic: true), TestActor);

        ExpectMsg<Rejected>();
        ExpectMsg<Rejected>();
        actor.Tell(new GetState(), TestActor);
        Assert.Equal(0, ExpectMsg<CounterView>().Total);
        Assert.Empty(Journal.WriteCalls);
    }

    [Fact]
    public void Persist_RejectedBetweenStoredEvents_CallbacksStayInCallOrder()
    {
        var actor = SpawnRecovered("order");

        actor.Tell(new PersistEvents(Inc(1, "a"), new Unregistered(1), Inc(1, "b")), TestActor);

        Assert.Equal(Inc(1, "a"), ExpectMsg<Persisted>().Event);
        ExpectMsg<Rejected>();
        Assert.Equal(new Persisted(Inc(1, "b"), 2), ExpectMsg<Persisted>());
    }
}
