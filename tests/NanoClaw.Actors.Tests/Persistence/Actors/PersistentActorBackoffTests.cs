using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Pattern;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>The intended pairing: a persistent actor stops on a failed write, its backoff supervisor brings it back.</summary>
public sealed class PersistentActorBackoffTests : PersistenceTestKit
{
    [Fact]
    public void PersistFailure_UnderOnStopBackoff_RecoveredIncarnationGetsTheBufferedCommand()
    {
        var options = BackoffOptions.OnStop(TestPersistentActor.Create(Extension(), "b", TestActor), "counter", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options));
        ExpectMsg<Recovered>();
        supervisor.Tell(new PersistEvents(Inc(1, "kept")), TestActor);
        ExpectMsg<Persisted>();
        Journal.FailWritesWith = new JournalException("db", StoreErrorKind.Unavailable, "down");
        supervisor.Tell(new PersistEvents(Inc(1, "lost")), TestActor);
        ExpectMsg<PersistFailed>();
        AwaitAssert(() =>
        {
            Probe.Send(supervisor, GetCurrentChild.Instance);
            Assert.Null(ExpectMsg<CurrentChild>().Ref);
        });

        Journal.FailWritesWith = null;
        supervisor.Tell(new GetState(), TestActor);
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, ExpectMsg<Recovered>().Total);
        Assert.Equal(1, ExpectMsg<CounterView>().Total);
    }
}
