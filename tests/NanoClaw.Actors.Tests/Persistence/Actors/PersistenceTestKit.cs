using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Persistence.Serialization;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Persistence.Actors;

/// <summary>A test kit with controllable in-memory stores, a capturing logger and helpers to spawn <see cref="TestPersistentActor"/>.</summary>
public abstract class PersistenceTestKit : TestKit
{
    protected PersistenceTestKit()
        : this(new CapturingLoggerFactory())
    {
    }

    private PersistenceTestKit(CapturingLoggerFactory logs)
        : base(options => options with { LoggerFactory = logs })
    {
        Logs = logs;
    }

    public CapturingLoggerFactory Logs { get; }

    public ControllableJournal Journal { get; } = new();

    public ControllableSnapshotStore Snapshots { get; } = new();

    public static SerializerRegistry NewRegistry() => new SerializerRegistry()
        .Register("counter.incremented", TestEventsJsonContext.Default.CounterIncremented)
        .Register("counter.state", TestEventsJsonContext.Default.CounterState)
        .Register<GroupRenamed>("group.renamed");

    public PersistenceExtension Extension(PersistenceOptions? options = null, IJournal? journal = null, ISnapshotStore? snapshots = null) =>
        new(journal ?? Journal, snapshots ?? Snapshots, NewRegistry(), options);

    /// <summary>Starts the actor and waits for its recovery to complete.</summary>
    public IActorRef SpawnRecovered(string persistenceId, PersistenceExtension? persistence = null, string? name = null)
    {
        var actor = Sys.ActorOf(TestPersistentActor.Create(persistence ?? Extension(), persistenceId, TestActor), name);
        ExpectMsg<Recovered>();
        return actor;
    }

    public static CounterIncremented Inc(int amount, string reason) => new(amount, reason);

    /// <summary>Writes events straight into the journal, as an earlier incarnation would have.</summary>
    public async Task SeedEventsAsync(string persistenceId, long firstSequenceNr, params object[] events)
    {
        var registry = NewRegistry();
        var writes = events.Select((e, i) => new AtomicWrite(registry.ToRepresentation(e, persistenceId, firstSequenceNr + i, "seed"))).ToList();
        await Journal.Inner.WriteAsync(writes, CancellationToken.None);
    }

    public async Task SeedSnapshotAsync(string persistenceId, long sequenceNr, CounterState state)
    {
        var payload = NewRegistry().Serialize(state);
        await Snapshots.Inner.SaveAsync(new StoredSnapshot(new SnapshotMetadata(persistenceId, sequenceNr, Time.GetUtcNow()), payload.Manifest, payload.Payload), CancellationToken.None);
    }
}
