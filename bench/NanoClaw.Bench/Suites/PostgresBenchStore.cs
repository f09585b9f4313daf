using Npgsql;
using NpgsqlTypes;
using NanoClaw.Host.Node;

namespace NanoClaw.Bench.Suites;

/// <summary>A fresh PostgreSQL database per measurement (dropped afterwards), its tables created by Akka.Persistence.Sql.</summary>
internal sealed class PostgresBenchStore : BenchStore
{
    private readonly string _adminConnectionString;
    private readonly string _database;
    private readonly NpgsqlDataSource _raw;

    private PostgresBenchStore(string adminConnectionString, string database)
    {
        _adminConnectionString = adminConnectionString;
        _database = database;
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database }.ToString();
        _raw = NpgsqlDataSource.Create(connectionString);
        Journal = NodeJournal.Postgres(connectionString);
    }

    public override NodeJournal Journal { get; }

    public static async Task<PostgresBenchStore> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = NpgsqlDataSource.Create(connectionString))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {database}"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var store = new PostgresBenchStore(connectionString, database);
        await store.CreateTablesAsync(cancellationToken);
        return store;
    }

    public override async Task InsertEventsAsync(IReadOnlyList<BenchRow> events, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        for (var offset = 0; offset < events.Count; offset += batchSize)
        {
            var batch = events.Skip(offset).Take(batchSize).ToArray();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO journal (created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid)
                SELECT c, false, p, s, b, m, i, 'bench' FROM unnest($1::bigint[], $2::varchar[], $3::bigint[], $4::bytea[], $5::varchar[], $6::int[]) AS t(c, p, s, b, m, i)
                """,
                connection,
                transaction);
            AddColumns(insert, batch);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public override async Task PopulateEventsAsync(IReadOnlyList<BenchRow> events, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY journal (created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var e in events)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(e.CreatedTicks, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(e.PersistenceId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.SequenceNr, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.Payload, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(e.Manifest, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.SerializerId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync("bench", NpgsqlDbType.Varchar, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public override async Task InsertSnapshotsAsync(IReadOnlyList<BenchRow> snapshots, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO snapshot (created, persistence_id, sequence_number, snapshot, manifest, serializer_id)
            SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::bigint[], $4::bytea[], $5::varchar[], $6::int[])
            """,
            connection);
        AddColumns(insert, snapshots);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<long> ReadForRecoveryAsync(IReadOnlyList<string> persistenceIds, CancellationToken cancellationToken)
    {
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var snapshot = new NpgsqlCommand(
            "SELECT sequence_number, snapshot FROM snapshot WHERE persistence_id = $1 ORDER BY sequence_number DESC LIMIT 1", connection);
        var snapshotId = snapshot.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar });
        await using var events = new NpgsqlCommand(
            "SELECT sequence_number, message FROM journal WHERE persistence_id = $1 AND sequence_number > $2 ORDER BY sequence_number LIMIT 1000", connection);
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
        await _raw.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(_adminConnectionString);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    private static void AddColumns(NpgsqlCommand command, IReadOnlyList<BenchRow> rows)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.CreatedTicks).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.PersistenceId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.SequenceNr).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Payload).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Manifest).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.SerializerId).ToArray() });
    }
}
