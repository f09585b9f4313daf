using System.Diagnostics;
using Akka.Actor;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>persist.throughput</c>: N actors on Akka.Persistence.Sql persist M events each, either from one
/// command (PersistAll) or from M commands of one Persist each (commands wait in the stash while their
/// actor's previous write is in flight; the plugin batches the actors' writes). Baseline: the same rows
/// by plain INSERTs into the plugin's table, one transaction per 1,000 rows, with the same durability.
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
        await using var node = await store.StartSystemAsync("bench-persist", cancellationToken);
        var persisted = new Countdown(actors * eventsPerActor);
        var counters = PersistenceWorkload.StartCounters(node.System, actors, persisted, null);
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
        List<BenchRow[]> perActor;
        await using (var node = await store.StartSystemAsync("bench-rows", cancellationToken))
        {
            perActor = [.. Enumerable.Range(0, actors).Select(a => PersistenceWorkload.Events(node.System, a, eventsPerActor).ToArray())];
        }

        // Interleaved like the actors' writes, so both fill the same index pages in the same order.
        var rows = Enumerable.Range(0, eventsPerActor).SelectMany(e => perActor.Select(events => events[e])).ToList();
        var clock = Stopwatch.StartNew();
        await store.InsertEventsAsync(rows, 1000, cancellationToken);
        return clock.Elapsed;
    }
}
