using Microsoft.Data.Sqlite;
using NanoClaw.Host.Node;

namespace NanoClaw.Bench.Suites;

/// <summary>A fresh SQLite file in WAL mode, as the node creates it; the baselines write with the same durability (synchronous = FULL).</summary>
internal sealed class SqliteBenchStore : BenchStore
{
    private readonly string _directory;

    private SqliteBenchStore(string directory)
    {
        _directory = directory;
        Journal = NodeJournal.Sqlite(Path.Combine(directory, "nanoclaw.db"));
    }

    public override NodeJournal Journal { get; }

    public static async Task<SqliteBenchStore> CreateAsync(CancellationToken cancellationToken)
    {
        var store = new SqliteBenchStore(Path.Combine(Path.GetTempPath(), "nanoclaw-bench", Guid.NewGuid().ToString("N")));
        await store.CreateTablesAsync(cancellationToken);
        return store;
    }

    public override async Task InsertEventsAsync(IReadOnlyList<BenchRow> events, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO journal (created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid) VALUES ($c, 0, $p, $s, $b, $m, $i, 'bench')";
        var (c, p, s, b, m, i) = (insert.Parameters.Add("$c", SqliteType.Integer), insert.Parameters.Add("$p", SqliteType.Text), insert.Parameters.Add("$s", SqliteType.Integer),
            insert.Parameters.Add("$b", SqliteType.Blob), insert.Parameters.Add("$m", SqliteType.Text), insert.Parameters.Add("$i", SqliteType.Integer));
        for (var offset = 0; offset < events.Count; offset += batchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            insert.Transaction = transaction;
            foreach (var e in events.Skip(offset).Take(batchSize))
            {
                (c.Value, p.Value, s.Value, b.Value, m.Value, i.Value) = (e.CreatedTicks, e.PersistenceId, e.SequenceNr, e.Payload, e.Manifest, e.SerializerId);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public override async Task InsertSnapshotsAsync(IReadOnlyList<BenchRow> snapshots, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO snapshot (persistence_id, sequence_number, created, snapshot, manifest, serializer_id) VALUES ($p, $s, $c, $b, $m, $i)";
        var (p, s, c, b, m, i) = (insert.Parameters.Add("$p", SqliteType.Text), insert.Parameters.Add("$s", SqliteType.Integer), insert.Parameters.Add("$c", SqliteType.Integer),
            insert.Parameters.Add("$b", SqliteType.Blob), insert.Parameters.Add("$m", SqliteType.Text), insert.Parameters.Add("$i", SqliteType.Integer));
        foreach (var snapshot in snapshots)
        {
            (p.Value, s.Value, c.Value, b.Value, m.Value, i.Value) =
                (snapshot.PersistenceId, snapshot.SequenceNr, snapshot.CreatedTicks, snapshot.Payload, snapshot.Manifest, snapshot.SerializerId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var snapshot = connection.CreateCommand();
        snapshot.CommandText = "SELECT sequence_number, snapshot FROM snapshot WHERE persistence_id = $p ORDER BY sequence_number DESC LIMIT 1";
        var snapshotId = snapshot.Parameters.Add("$p", SqliteType.Text);
        await using var events = connection.CreateCommand();
        events.CommandText = "SELECT sequence_number, message FROM journal WHERE persistence_id = $p AND sequence_number > $s ORDER BY sequence_number LIMIT 1000";
        var (eventsId, from) = (events.Parameters.Add("$p", SqliteType.Text), events.Parameters.Add("$s", SqliteType.Integer));
        long bytes = 0;
        foreach (var id in persistenceIds)
        {
            snapshotId.Value = id;
            long snapshotNr = 0;
            await using (var reader = await snapshot.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    (snapshotNr, bytes) = (reader.GetInt64(0), bytes + ((byte[])reader.GetValue(1)).Length);
                }
            }

            (eventsId.Value, from.Value) = (id, snapshotNr);
            await using var rows = await events.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                bytes += ((byte[])rows.GetValue(1)).Length;
            }
        }

        return bytes;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    public void DeleteFiles()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp reaper.
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "nanoclaw.db"), Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
