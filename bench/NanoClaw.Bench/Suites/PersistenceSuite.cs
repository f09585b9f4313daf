namespace NanoClaw.Bench.Suites;

/// <summary>
/// Persistent actors on SQLite, and on PostgreSQL when a connection string is set in
/// <c>NANOCLAW_BENCH_POSTGRES</c> (or <c>NANOCLAW_TEST_POSTGRES</c>, which scripts/ensure-postgres.sh exports).
/// Throughput ratios above 1 are better than the baseline; recovery is a time, so below 1 is better.
/// </summary>
internal sealed class PersistenceSuite : IBenchSuite
{
    private const int ThroughputActors = 1000;
    private const int ThroughputEvents = 100;
    private const int RecoveryActors = 10_000;
    private const int RecoveryEvents = 100;
    private const int SnapshotEvery = 50;

    public string Name => "persistence";

    public string Description => "persist throughput and recovery time of persistent actors (SQLite; PostgreSQL with NANOCLAW_BENCH_POSTGRES)";

    public async Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken)
    {
        var sqliteStores = new List<SqliteBenchStore>();
        async Task<BenchStore> FreshSqlite()
        {
            var store = await SqliteBenchStore.CreateAsync(cancellationToken);
            sqliteStores.Add(store);
            return store;
        }

        try
        {
            await RunAsync(reporter, "", FreshSqlite, cancellationToken);
        }
        finally
        {
            sqliteStores.ForEach(s => s.DeleteFiles());
        }

        var postgres = Environment.GetEnvironmentVariable("NANOCLAW_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("NANOCLAW_TEST_POSTGRES");
        if (string.IsNullOrEmpty(postgres))
        {
            reporter.Note("postgres skipped: set NANOCLAW_BENCH_POSTGRES (or NANOCLAW_TEST_POSTGRES) to an Npgsql connection string");
            return;
        }

        await RunAsync(reporter, ".postgres", async () => await PostgresBenchStore.CreateAsync(postgres, cancellationToken), cancellationToken);
    }

    private static async Task RunAsync(BenchReporter reporter, string suffix, Func<Task<BenchStore>> freshStore, CancellationToken cancellationToken)
    {
        // Warm-up: JIT and connection pools, on throwaway stores.
        await PersistenceThroughput.MeasureAsync(freshStore, 100, 10, true, cancellationToken);

        var (eventsPerSecond, baseline) = await PersistenceThroughput.MeasureAsync(freshStore, ThroughputActors, ThroughputEvents, false, cancellationToken);
        reporter.Note($"persist.throughput{suffix}: {ThroughputActors} actors each persist {ThroughputEvents} events from one command (PersistAll); baseline: plain INSERTs into the same table, 1000 rows per transaction");
        reporter.Report($"persist.throughput{suffix}", eventsPerSecond, "events/s", baseline);

        (eventsPerSecond, baseline) = await PersistenceThroughput.MeasureAsync(freshStore, ThroughputActors, ThroughputEvents, true, cancellationToken);
        reporter.Note($"persist.throughput.per-command{suffix}: {ThroughputActors} actors each get {ThroughputEvents} commands of one persist each (a write in flight per actor); same baseline");
        reporter.Report($"persist.throughput.per-command{suffix}", eventsPerSecond, "events/s", baseline);

        await using var store = await freshStore();
        var (elapsed, rawRead) = await PersistenceRecovery.MeasureAsync(store, RecoveryActors, RecoveryEvents, SnapshotEvery, cancellationToken);
        reporter.Note($"persist.recovery{suffix}: {RecoveryActors} actors x {RecoveryEvents} events, snapshot every {SnapshotEvery}; baseline: plain read of the newest snapshot and later events per id");
        reporter.Report($"persist.recovery{suffix}", elapsed.TotalMilliseconds, "ms", rawRead.TotalMilliseconds);
    }
}
