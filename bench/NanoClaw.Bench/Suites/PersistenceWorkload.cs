using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Bench.Suites;

/// <summary>What both persistence figures share: the registry, the actors, and the rows the baselines write.</summary>
internal static class PersistenceWorkload
{
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly SerializerRegistry Registry = new SerializerRegistry()
        .Register<BenchAdded>("bench.added")
        .Register<BenchState>("bench.state");

    public static string PersistenceId(int actor) => $"bench-{actor}";

    public static IActorRef[] StartCounters(ActorSystem system, PersistenceExtension persistence, int count, Countdown? persisted, Countdown? recovered) =>
        [.. Enumerable.Range(0, count).Select(i =>
            system.ActorOf(Props.Create(() => new BenchCounter(persistence, PersistenceId(i), persisted, recovered)), $"counter-{i}"))];

    /// <summary>The events actor <paramref name="actor"/> would have persisted, as stored rows.</summary>
    public static IEnumerable<PersistentRepresentation> Events(int actor, int count) =>
        Enumerable.Range(1, count).Select(n => Registry.ToRepresentation(new BenchAdded(n), PersistenceId(actor), n, "bench") with { Timestamp = Created });

    public static StoredSnapshot Snapshot(int actor, long sequenceNr)
    {
        var payload = Registry.Serialize(new BenchState(sequenceNr, sequenceNr * (sequenceNr + 1) / 2));
        return new StoredSnapshot(new SnapshotMetadata(PersistenceId(actor), sequenceNr, Created), payload.Manifest, payload.Payload);
    }
}
