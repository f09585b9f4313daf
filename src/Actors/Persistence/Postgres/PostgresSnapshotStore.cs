using Npgsql;
using NpgsqlTypes;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>The snapshot store on PostgreSQL, in the same schema as <see cref="PostgresJournal"/>.</summary>
public sealed class PostgresSnapshotStore : ISnapshotStore
{
    private const string CriteriaSql = """
        persistence_id = $1 AND sequence_nr <= $2 AND created <= $3 AND sequence_nr >= $4 AND created >= $5
        """;

    private readonly PostgresDatabase _database;
    private readonly string _table;

    public PostgresSnapshotStore(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _table = $"{database.Schema}.snapshot";
    }

    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = snapshot.Metadata;
        var created = metadata.Timestamp == default ? _database.TimeProvider.GetUtcNow() : metadata.Timestamp;
        return ExecuteAsync($"saving snapshot {metadata.SequenceNr} of '{metadata.PersistenceId}'", $"""
            INSERT INTO {_table} (persistence_id, sequence_nr, created, manifest, payload) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (persistence_id, sequence_nr) DO UPDATE
            SET created = excluded.created, manifest = excluded.manifest, payload = excluded.payload
            """, p =>
            {
                p.Add(new NpgsqlParameter<string> { TypedValue = metadata.PersistenceId });
                p.Add(new NpgsqlParameter<long> { TypedValue = metadata.SequenceNr });
                p.Add(new NpgsqlParameter<long> { TypedValue = created.UtcTicks });
                p.Add(new NpgsqlParameter<string> { TypedValue = snapshot.Manifest });
                p.Add(new NpgsqlParameter<byte[]> { TypedValue = snapshot.Payload, NpgsqlDbType = NpgsqlDbType.Bytea });
            }, cancellationToken);
    }

    public async Task<StoredSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                $"SELECT sequence_nr, created, manifest, payload FROM {_table} WHERE {CriteriaSql} ORDER BY sequence_nr DESC LIMIT 1", connection);
            AddCriteria(command.Parameters, persistenceId, criteria);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero));
            return new StoredSnapshot(metadata, reader.GetString(2), reader.GetFieldValue<byte[]>(3));
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"loading a snapshot of '{persistenceId}'");
        }
    }

    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken) =>
        ExecuteAsync($"deleting snapshot {sequenceNr} of '{persistenceId}'", $"DELETE FROM {_table} WHERE persistence_id = $1 AND sequence_nr = $2", p =>
        {
            p.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            p.Add(new NpgsqlParameter<long> { TypedValue = sequenceNr });
        }, cancellationToken);

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return ExecuteAsync(
            $"deleting snapshots of '{persistenceId}'", $"DELETE FROM {_table} WHERE {CriteriaSql}", p => AddCriteria(p, persistenceId, criteria), cancellationToken);
    }

    public Task<int> RetainNewestAsync(string persistenceId, int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        // With fewer than keep snapshots the sub-select is NULL and the comparison deletes nothing.
        var sql = keep == 0
            ? $"DELETE FROM {_table} WHERE persistence_id = $1"
            : $"""
               DELETE FROM {_table} WHERE persistence_id = $1 AND sequence_nr < (
                   SELECT sequence_nr FROM {_table} WHERE persistence_id = $1 ORDER BY sequence_nr DESC LIMIT 1 OFFSET $2)
               """;
        return ExecuteAsync($"applying snapshot retention to '{persistenceId}'", sql, p =>
        {
            p.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            if (keep > 0)
            {
                p.Add(new NpgsqlParameter<long> { TypedValue = keep - 1 });
            }
        }, cancellationToken);
    }

    private static void AddCriteria(NpgsqlParameterCollection parameters, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MaxSequenceNr });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MaxTimestamp.UtcTicks });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MinSequenceNr });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = criteria.MinTimestamp.UtcTicks });
    }

    private async Task<int> ExecuteAsync(string operation, string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, operation);
        }
    }

    private SnapshotStoreException Fail(Exception exception, string operation)
    {
        var (kind, cause) = PostgresErrors.Classify(exception);
        return new SnapshotStoreException(_database.Location, kind, $"PostgreSQL snapshot store failed {operation}: {cause}", exception);
    }
}
