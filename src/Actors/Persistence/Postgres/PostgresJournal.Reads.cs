using Npgsql;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>Replay, highest sequence nr and deletes.</summary>
public sealed partial class PostgresJournal
{
    /// <summary>max(stored, journal_metadata) for $1; metadata keeps the highest across deletes.</summary>
    private readonly string _highestSql;

    public IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        return PagedReplay.ReadAsync(
            (from, to, limit, ct) => ReadPageAsync(persistenceId, from, to, limit, ct),
            fromSequenceNr,
            toSequenceNr,
            max,
            _database.Options.ReplayPageSize,
            cancellationToken);
    }

    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(_highestSql, connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"reading the highest sequence nr of '{persistenceId}'");
        }
    }

    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        var schema = _database.Schema;
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection, transaction);
            // The highest sequence nr goes to journal_metadata first, so deleting every row keeps it.
            var keepHighest = new NpgsqlBatchCommand($"""
                INSERT INTO {schema}.journal_metadata (persistence_id, sequence_nr)
                SELECT $1, h FROM ({_highestSql}) AS highest(h) WHERE h > 0
                ON CONFLICT (persistence_id) DO UPDATE
                SET sequence_nr = GREATEST({schema}.journal_metadata.sequence_nr, excluded.sequence_nr)
                """);
            keepHighest.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            var delete = new NpgsqlBatchCommand($"DELETE FROM {schema}.journal WHERE persistence_id = $1 AND sequence_nr <= $2");
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            delete.Parameters.Add(new NpgsqlParameter<long> { TypedValue = toSequenceNr });
            batch.BatchCommands.Add(keepHighest);
            batch.BatchCommands.Add(delete);
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"deleting events of '{persistenceId}' up to {toSequenceNr}");
        }
    }

    private async Task<List<PersistentRepresentation>> ReadPageAsync(
        string persistenceId, long from, long to, int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"""
                SELECT sequence_nr, created, manifest, payload, writer_id FROM {_database.Schema}.journal
                WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3
                ORDER BY sequence_nr LIMIT $4
                """, connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = persistenceId });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = to });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var page = new List<PersistentRepresentation>(Math.Min(limit, 1024));
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                page.Add(new PersistentRepresentation(
                    persistenceId,
                    reader.GetInt64(0),
                    reader.GetString(2),
                    reader.GetFieldValue<byte[]>(3),
                    new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                    reader.GetString(4)));
            }

            return page;
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"replaying events of '{persistenceId}'");
        }
    }
}
