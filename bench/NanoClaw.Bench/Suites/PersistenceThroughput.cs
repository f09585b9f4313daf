using System.Diagnostics;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Persistence.Actors;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>persist.throughput</c>: N actors are each sent M commands at once; each command persists one
/// event (commands wait in the stash while their actor's previous write is in flight, and the group
/// commit merges the actors' writes). Baseline: the same rows by plain INSERTs, one transaction per
/// 1,000 rows (the group commit's batch limit), on a fresh database with the same durability.
/// </summary>
internal static class PersistenceThroughput
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<(double EventsPerSecond, double BaselineEventsPerSecond)> MeasureAsync(
        Func<Task<BenchStore>> freshStore, int actors, int eventsPerActor, bool oneCommandPerEvent, CancellationToken cancellationToken)
    {
        var elapsed = await RunActorsAsync(freshStore, actors, eventsPerActor, oneCommandPerEvent, cancellationToken);
        var baseline = await RunBaselineAsync(freshStore, actors, eventsPerActor, cancellationToken);
        double total = actors * eventsPerActor;
        return (total / elapsed.TotalSeconds, total / baseline.TotalSeconds);
    }

    private static async Task<TimeSpan> RunActorsAsync(
        Func<Task<BenchStore>> freshStore, int actors, int eventsPerActor, bool oneCommandPerEvent, CancellationToken cancellationToken)
    {
        await using var store = await freshStore();
        var persistence = new PersistenceExtension(store.Journal, store.Snapshots, PersistenceWorkload.Registry);
        await using var system = ActorSystem.Create("bench-persist");
        var persisted = new Countdown(actors * eventsPerActor);
        var counters = PersistenceWorkload.StartCounters(system, persistence, actors, persisted, null);
        await Task.WhenAll(counters.Select(c => c.Ask<long>(new BenchPing(), Timeout, cancellationToken)));

        var clock = Stopwatch.StartNew();
        if (oneCommandPerEvent)
        {
            for (var e = 1; e <= eventsPerActor; e++)
            {
                foreach (var counter in counters)
                {
                    counter.Tell(new BenchAdd(e));
                }
            }
        }
        else
        {
            foreach (var counter in counters)
            {
                counter.Tell(new BenchAddMany(eventsPerActor));
            }
        }

        await persisted.Completed.WaitAsync(Timeout, cancellationToken);
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> RunBaselineAsync(Func<Task<BenchStore>> freshStore, int actors, int eventsPerActor, CancellationToken cancellationToken)
    {
        await using var store = await freshStore();
        // Interleaved like the actors' writes, so both fill the same index pages in the same order.
        var perActor = Enumerable.Range(0, actors).Select(a => PersistenceWorkload.Events(a, eventsPerActor).ToArray()).ToArray();
        var rows = Enumerable.Range(0, eventsPerActor).SelectMany(e => perActor.Select(events => events[e])).ToList();
        var clock = Stopwatch.StartNew();
        await store.InsertEventsAsync(rows, 1000, cancellationToken);
        return clock.Elapsed;
    }
}
