using Npgsql;
using NpgsqlTypes;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Postgres;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Bench.Suites;

/// <summary>A fresh schema on the given PostgreSQL database, dropped on dispose.</summary>
internal sealed class PostgresBenchStore : BenchStore
{
    private readonly NpgsqlDataSource _raw;
    private readonly PostgresDatabase _database;
    private readonly GroupCommitJournal _journal;
    private readonly string _schema;

    private PostgresBenchStore(string connectionString, string schema)
    {
        _schema = schema;
        _raw = NpgsqlDataSource.Create(connectionString);
        _database = new PostgresDatabase(new PostgresStoreOptions { ConnectionString = connectionString, Schema = schema });
        _journal = new GroupCommitJournal(new PostgresJournal(_database));
        Snapshots = new PostgresSnapshotStore(_database);
    }

    public override IJournal Journal => _journal;

    public override ISnapshotStore Snapshots { get; }

    public static async Task<PostgresBenchStore> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var store = new PostgresBenchStore(connectionString, "bench_" + Guid.NewGuid().ToString("N")[..12]);
        await store._database.InitializeAsync(cancellationToken);
        return store;
    }

    /// <summary>One multi-row INSERT (unnest of arrays) per transaction of <paramref name="batchSize"/> rows.</summary>
    public override async Task InsertEventsAsync(IReadOnlyList<PersistentRepresentation> events, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        for (var offset = 0; offset < events.Count; offset += batchSize)
        {
            var batch = events.Skip(offset).Take(batchSize).ToArray();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO {_schema}.journal (persistence_id, sequence_nr, created, manifest, payload, writer_id)
                SELECT * FROM unnest($1::varchar[], $2::bigint[], $3::bigint[], $4::varchar[], $5::bytea[], $6::varchar[])
                """,
                connection,
                transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.PersistenceId).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.SequenceNr).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Timestamp.UtcTicks).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Manifest).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.Payload).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(e => e.WriterId).ToArray() });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public override async Task PopulateEventsAsync(IReadOnlyList<PersistentRepresentation> events, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {_schema}.journal (persistence_id, sequence_nr, created, manifest, payload, writer_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var e in events)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(e.PersistenceId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.SequenceNr, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.Timestamp.UtcTicks, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.Manifest, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.Payload, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(e.WriterId, NpgsqlDbType.Varchar, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public override async Task InsertSnapshotsAsync(IReadOnlyList<StoredSnapshot> snapshots, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO {_schema}.snapshot (persistence_id, sequence_nr, created, manifest, payload)
            SELECT * FROM unnest($1::varchar[], $2::bigint[], $3::bigint[], $4::varchar[], $5::bytea[])
            """,
            connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = snapshots.Select(s => s.Metadata.PersistenceId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = snapshots.Select(s => s.Metadata.SequenceNr).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = snapshots.Select(s => s.Metadata.Timestamp.UtcTicks).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = snapshots.Select(s => s.Manifest).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = snapshots.Select(s => s.Payload).ToArray() });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var snapshot = new NpgsqlCommand(
            $"SELECT sequence_nr, payload FROM {_schema}.snapshot WHERE persistence_id = $1 ORDER BY sequence_nr DESC LIMIT 1", connection);
        var snapshotId = snapshot.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar });
        await using var events = new NpgsqlCommand(
            $"SELECT sequence_nr, payload FROM {_schema}.journal WHERE persistence_id = $1 AND sequence_nr > $2 ORDER BY sequence_nr LIMIT 1000", connection);
        var eventsId = events.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar });
        var from = events.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint });
        await snapshot.PrepareAsync(cancellationToken);
        await events.PrepareAsync(cancellationToken);
        long bytes = 0;
        foreach (var id in persistenceIds)
        {
            snapshotId.Value = id;
            long snapshotNr = 0;
            await using (var reader = await snapshot.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    (snapshotNr, bytes) = (reader.GetInt64(0), bytes + reader.GetFieldValue<byte[]>(1).Length);
                }
            }

            (eventsId.Value, from.Value) = (id, snapshotNr);
            await using var rows = await events.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                bytes += rows.GetFieldValue<byte[]>(1).Length;
            }
        }

        return bytes;
    }

    public override async ValueTask DisposeAsync()
    {
        await _journal.DisposeAsync();
        await _database.DisposeAsync();
        await using (var drop = _raw.CreateCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await _raw.DisposeAsync();
    }
}
