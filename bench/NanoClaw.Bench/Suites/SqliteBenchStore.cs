using Microsoft.Data.Sqlite;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Snapshots;
using NanoClaw.Actors.Persistence.Sqlite;

namespace NanoClaw.Bench.Suites;

/// <summary>A fresh SQLite file (WAL, synchronous=FULL) in a temporary directory.</summary>
internal sealed class SqliteBenchStore : BenchStore
{
    private readonly string _directory;
    private readonly SqliteDatabase _database;
    private readonly GroupCommitJournal _journal;

    private SqliteBenchStore(string directory)
    {
        _directory = directory;
        _database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = directory });
        _journal = new GroupCommitJournal(new SqliteJournal(_database));
        Snapshots = new SqliteSnapshotStore(_database);
    }

    public override IJournal Journal => _journal;

    public override ISnapshotStore Snapshots { get; }

    public static async Task<SqliteBenchStore> CreateAsync(CancellationToken cancellationToken)
    {
        var store = new SqliteBenchStore(Path.Combine(Path.GetTempPath(), "nanoclaw-bench", Guid.NewGuid().ToString("N")));
        await store._database.InitializeAsync(cancellationToken);
        return store;
    }

    /// <summary>The same file with the process's connection pool dropped, so a recovery starts cold in-process.</summary>
    public static SqliteBenchStore Reopen(SqliteBenchStore store) => new(store._directory);

    public override async Task InsertEventsAsync(IReadOnlyList<PersistentRepresentation> events, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO journal (persistence_id, sequence_nr, created, manifest, payload, writer_id) VALUES ($p, $s, $c, $m, $b, $w)";
        var (p, s, c, m, b, w) = (insert.Parameters.Add("$p", SqliteType.Text), insert.Parameters.Add("$s", SqliteType.Integer), insert.Parameters.Add("$c", SqliteType.Integer),
            insert.Parameters.Add("$m", SqliteType.Text), insert.Parameters.Add("$b", SqliteType.Blob), insert.Parameters.Add("$w", SqliteType.Text));
        for (var offset = 0; offset < events.Count; offset += batchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            insert.Transaction = transaction;
            foreach (var e in events.Skip(offset).Take(batchSize))
            {
                (p.Value, s.Value, c.Value, m.Value, b.Value, w.Value) = (e.PersistenceId, e.SequenceNr, e.Timestamp.UtcTicks, e.Manifest, e.Payload, e.WriterId);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public override async Task InsertSnapshotsAsync(IReadOnlyList<StoredSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO snapshot (persistence_id, sequence_nr, created, manifest, payload) VALUES ($p, $s, $c, $m, $b)";
        var (p, s, c, m, b) = (insert.Parameters.Add("$p", SqliteType.Text), insert.Parameters.Add("$s", SqliteType.Integer), insert.Parameters.Add("$c", SqliteType.Integer),
            insert.Parameters.Add("$m", SqliteType.Text), insert.Parameters.Add("$b", SqliteType.Blob));
        foreach (var snapshot in snapshots)
        {
            var meta = snapshot.Metadata;
            (p.Value, s.Value, c.Value, m.Value, b.Value) = (meta.PersistenceId, meta.SequenceNr, meta.Timestamp.UtcTicks, snapshot.Manifest, snapshot.Payload);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var snapshot = connection.CreateCommand();
        snapshot.CommandText = "SELECT sequence_nr, payload FROM snapshot WHERE persistence_id = $p ORDER BY sequence_nr DESC LIMIT 1";
        var snapshotId = snapshot.Parameters.Add("$p", SqliteType.Text);
        await using var events = connection.CreateCommand();
        events.CommandText = "SELECT sequence_nr, payload FROM journal WHERE persistence_id = $p AND sequence_nr > $s ORDER BY sequence_nr LIMIT 1000";
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

    public override async ValueTask DisposeAsync()
    {
        await _journal.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>Deletes the directory; call once every store on it is disposed.</summary>
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
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
