using Microsoft.Data.Sqlite;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>The snapshot store on SQLite, in the same file as <see cref="SqliteJournal"/>.</summary>
public sealed class SqliteSnapshotStore : ISnapshotStore
{
    private const string CriteriaSql = """
        persistence_id = $pid AND sequence_nr <= $maxSeq AND created <= $maxTs
        AND sequence_nr >= $minSeq AND created >= $minTs
        """;

    private const string LoadSql = $"""
        SELECT sequence_nr, created, manifest, payload FROM snapshot WHERE {CriteriaSql}
        ORDER BY sequence_nr DESC LIMIT 1
        """;

    private readonly SqliteDatabase _database;

    public SqliteSnapshotStore(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = snapshot.Metadata;
        var created = metadata.Timestamp == default ? _database.TimeProvider.GetUtcNow() : metadata.Timestamp;
        return WriteAsync($"saving snapshot {metadata.SequenceNr} of '{metadata.PersistenceId}'", """
            INSERT INTO snapshot (persistence_id, sequence_nr, created, manifest, payload)
            VALUES ($pid, $seq, $created, $manifest, $payload)
            ON CONFLICT (persistence_id, sequence_nr) DO UPDATE
            SET created = excluded.created, manifest = excluded.manifest, payload = excluded.payload
            """, p =>
            {
                p.AddWithValue("$pid", metadata.PersistenceId);
                p.AddWithValue("$seq", metadata.SequenceNr);
                p.AddWithValue("$created", created.UtcTicks);
                p.AddWithValue("$manifest", snapshot.Manifest);
                p.Add("$payload", SqliteType.Blob).Value = snapshot.Payload;
            }, cancellationToken);
    }

    public async Task<StoredSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        try
        {
            return await _database.ReadAsync(session => LoadAsync(session, persistenceId, criteria, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"loading a snapshot of '{persistenceId}'");
        }
    }

    private static async Task<StoredSnapshot?> LoadAsync(
        SqliteReadSession session, string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        var command = session.Command(LoadSql, "$pid", "$maxSeq", "$maxTs", "$minSeq", "$minTs");
        command.Parameters[0].Value = persistenceId;
        command.Parameters[1].Value = criteria.MaxSequenceNr;
        command.Parameters[2].Value = criteria.MaxTimestamp.UtcTicks;
        command.Parameters[3].Value = criteria.MinSequenceNr;
        command.Parameters[4].Value = criteria.MinTimestamp.UtcTicks;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero));
        return new StoredSnapshot(metadata, reader.GetString(2), (byte[])reader.GetValue(3));
    }

    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken) =>
        WriteAsync(
            $"deleting snapshot {sequenceNr} of '{persistenceId}'",
            "DELETE FROM snapshot WHERE persistence_id = $pid AND sequence_nr = $seq",
            p =>
            {
                p.AddWithValue("$pid", persistenceId);
                p.AddWithValue("$seq", sequenceNr);
            },
            cancellationToken);

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return WriteAsync(
            $"deleting snapshots of '{persistenceId}'",
            $"DELETE FROM snapshot WHERE {CriteriaSql}",
            p => AddCriteria(p, persistenceId, criteria),
            cancellationToken);
    }

    public Task<int> RetainNewestAsync(string persistenceId, int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        // With fewer than keep snapshots the sub-select is NULL and the comparison deletes nothing.
        var sql = keep == 0
            ? "DELETE FROM snapshot WHERE persistence_id = $pid"
            : """
              DELETE FROM snapshot WHERE persistence_id = $pid AND sequence_nr < (
                  SELECT sequence_nr FROM snapshot WHERE persistence_id = $pid
                  ORDER BY sequence_nr DESC LIMIT 1 OFFSET $skip)
              """;
        return WriteAsync($"applying snapshot retention to '{persistenceId}'", sql, p =>
        {
            p.AddWithValue("$pid", persistenceId);
            p.AddWithValue("$skip", keep - 1);
        }, cancellationToken);
    }

    private static void AddCriteria(SqliteParameterCollection parameters, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        parameters.AddWithValue("$pid", persistenceId);
        parameters.AddWithValue("$maxSeq", criteria.MaxSequenceNr);
        parameters.AddWithValue("$maxTs", criteria.MaxTimestamp.UtcTicks);
        parameters.AddWithValue("$minSeq", criteria.MinSequenceNr);
        parameters.AddWithValue("$minTs", criteria.MinTimestamp.UtcTicks);
    }

    private async Task<int> WriteAsync(
        string operation, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _database.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, operation);
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    private SnapshotStoreException Fail(Exception exception, string operation)
    {
        var (kind, cause) = SqliteErrors.Classify(exception);
        return new SnapshotStoreException(_database.Path, kind, $"SQLite snapshot store failed {operation}: {cause}", exception);
    }
}
