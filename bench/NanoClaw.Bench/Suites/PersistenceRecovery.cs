using System.Diagnostics;
using Akka.Persistence;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// <c>persist.recovery</c>: N actors with M events each and a snapshot every S events start at once;
/// the figure is the time until every one delivered <see cref="RecoveryCompleted"/>. Baseline: the
/// rows recovery must read (per id the newest snapshot and the events after it), read by a plain
/// loop on one connection without actors or deserialization.
/// </summary>
internal static class PersistenceRecovery
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<(TimeSpan Elapsed, TimeSpan Baseline)> MeasureAsync(
        BenchStore store, int actors, int eventsPerActor, int snapshotEvery, CancellationToken cancellationToken)
    {
        await PopulateAsync(store, actors, eventsPerActor, snapshotEvery, cancellationToken);
        var ids = Enumerable.Range(0, actors).Select(i => PersistenceWorkload.PersistenceId(i)).ToArray();

        var clock = Stopwatch.StartNew();
        await store.ReadForRecoveryAsync(ids, cancellationToken);
        var baseline = clock.Elapsed;

        await using var node = await store.StartSystemAsync("bench-recovery", cancellationToken);
        var recovered = new Countdown(actors);
        clock.Restart();
        PersistenceWorkload.StartCounters(node.System, actors, null, recovered);
        await recovered.Completed.WaitAsync(Timeout, cancellationToken);
        return (clock.Elapsed, baseline);
    }

    private static async Task PopulateAsync(BenchStore store, int actors, int eventsPerActor, int snapshotEvery, CancellationToken cancellationToken)
    {
        const int actorsPerChunk = 500;
        await using var node = await store.StartSystemAsync("bench-rows", cancellationToken);
        for (var first = 0; first < actors; first += actorsPerChunk)
        {
            var chunk = Enumerable.Range(first, Math.Min(actorsPerChunk, actors - first)).ToArray();
            await store.PopulateEventsAsync([.. chunk.SelectMany(a => PersistenceWorkload.Events(node.System, a, eventsPerActor))], cancellationToken);
            await store.InsertSnapshotsAsync(
                [.. chunk.SelectMany(a => Enumerable.Range(1, eventsPerActor / snapshotEvery).Select(k => PersistenceWorkload.Snapshot(node.System, a, k * snapshotEvery)))],
                cancellationToken);
        }
    }
}
