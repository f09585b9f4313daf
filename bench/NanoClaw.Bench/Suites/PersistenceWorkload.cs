using NanoClaw.Actors.Node;
using Akka.Actor;
using NanoClaw.Actors.Groups;

namespace NanoClaw.Bench.Suites;

/// <summary>What both persistence figures share: the actors, and the rows the baselines and the setup write.</summary>
internal static class PersistenceWorkload
{
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string PersistenceId(int actor, string prefix = "") => $"bench-{prefix}{actor}";

    public static IActorRef[] StartCounters(ActorSystem system, int count, Countdown? persisted, Countdown? recovered, string prefix = "") =>
        [.. Enumerable.Range(0, count).Select(i =>
            system.ActorOf(FactoryProps.Create(() => new BenchCounter(PersistenceId(i, prefix), persisted, recovered)), $"counter-{prefix}{i}"))];

    /// <summary>The events actor <paramref name="actor"/> would have persisted, as journal rows serialized by <paramref name="system"/>.</summary>
    public static IEnumerable<BenchRow> Events(ActorSystem system, int actor, int count) =>
        Enumerable.Range(1, count).Select(n => Row(system, PersistenceId(actor), n, new CursorAdvanced(n)));

    /// <summary>The snapshot at <paramref name="sequenceNr"/>: the sum of the events so far.</summary>
    public static BenchRow Snapshot(ActorSystem system, int actor, long sequenceNr) =>
        Row(system, PersistenceId(actor), sequenceNr, new CursorAdvanced(sequenceNr * (sequenceNr + 1) / 2));

    private static BenchRow Row(ActorSystem system, string persistenceId, long sequenceNr, object payload)
    {
        var serializer = system.Serialization.FindSerializerFor(payload);
        return new BenchRow(
            persistenceId, sequenceNr, serializer.ToBinary(payload), Akka.Serialization.Serialization.ManifestFor(serializer, payload), serializer.Identifier, Created.UtcTicks);
    }
}
