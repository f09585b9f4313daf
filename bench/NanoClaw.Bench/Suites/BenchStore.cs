using Akka.Actor;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Host.Node;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// A fresh, empty database for one measurement: the journal the node's actor system uses
/// (Akka.Persistence.Sql, its tables created by the plugin), plus raw statements on the same tables
/// for the baselines and for setting up data.
/// </summary>
internal abstract class BenchStore : IAsyncDisposable
{
    public abstract NodeJournal Journal { get; }

    /// <summary>Starts the node's actor system on this store.</summary>
    public Task<StandaloneNodeSystem> StartSystemAsync(string name, CancellationToken cancellationToken) =>
        StandaloneNodeSystem.StartAsync(name, Journal, NullLoggerFactory.Instance, cancellationToken: cancellationToken);

    /// <summary>Lets the plugin create its tables: one actor recovers (from nothing) on a throwaway system.</summary>
    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        await using var system = await StartSystemAsync("bench-schema", cancellationToken);
        var counter = PersistenceWorkload.StartCounters(system.System, 1, null, null, "schema-")[0];
        await counter.Ask<long>(new BenchPing(), TimeSpan.FromMinutes(1), cancellationToken);
    }

    /// <summary>Plain batched INSERTs: one transaction (one durable commit) per <paramref name="batchSize"/> rows.</summary>
    public abstract Task InsertEventsAsync(IReadOnlyList<BenchRow> events, int batchSize, CancellationToken cancellationToken);

    /// <summary>Bulk-loads rows for a measurement's setup; the default is one big INSERT transaction.</summary>
    public virtual Task PopulateEventsAsync(IReadOnlyList<BenchRow> events, CancellationToken cancellationToken) =>
        InsertEventsAsync(events, events.Count, cancellationToken);

    /// <summary>Plain INSERTs of snapshot rows in one transaction (for setting up data).</summary>
    public abstract Task InsertSnapshotsAsync(IReadOnlyList<BenchRow> snapshots, CancellationToken cancellationToken);

    /// <summary>
    /// What recovery must read, done the plain way on one connection: per id the newest snapshot and
    /// the events after it. Returns the payload bytes read (so nothing is optimized away).
    /// </summary>
    public abstract Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
