using Npgsql;
using NpgsqlTypes;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>
/// The journal on PostgreSQL. Every <see cref="WriteAsync"/> call commits once. It first inserts all
/// events as arrays, one statement per thousand events; if the server refuses one write's data (a duplicate, a too-long id),
/// it rolls back and redoes the call with each atomic write under its own savepoint, so only the
/// offending writes fail and the others are still stored in one commit. Put a <see cref="GroupCommitJournal"/> in front to merge
/// concurrent callers into one transaction.
/// </summary>
public sealed partial class PostgresJournal : IJournal
{
    /// <summary>Events sent per statement (and round trip) on the optimistic path, to bound one message's size.</summary>
    private const int MaxEventsPerStatement = 1000;

    private readonly PostgresDatabase _database;
    private readonly string _insertSql;
    private readonly string _insertManySql;

    public PostgresJournal(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _insertSql = $"""
            INSERT INTO {database.Schema}.journal (persistence_id, sequence_nr, created, manifest, payload, writer_id)
            VALUES ($1, $2, $3, $4, $5, $6)
            """;
        _insertManySql = $"""
            INSERT INTO {database.Schema}.journal (persistence_id, sequence_nr, created, manifest, payload, writer_id)
            SELECT * FROM unnest($1::varchar[], $2::bigint[], $3::bigint[], $4::varchar[], $5::bytea[], $6::varchar[])
            """;
        _highestSql = $"""
            SELECT GREATEST(
                COALESCE((SELECT max(sequence_nr) FROM {database.Schema}.journal WHERE persistence_id = $1), 0),
                COALESCE((SELECT sequence_nr FROM {database.Schema}.journal_metadata WHERE persistence_id = $1), 0))
            """;
    }

    public async Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            var now = _database.TimeProvider.GetUtcNow();
            return await TryWriteAllAsync(connection, writes, now, cancellationToken).ConfigureAwait(false)
                ?? await WriteIsolatedAsync(connection, writes, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, "writing events");
        }
    }

    /// <summary>
    /// The common case: every event in one transaction, inserted as arrays by one statement per
    /// <see cref="MaxEventsPerStatement"/> events, no savepoints. Returns null after rolling back when
    /// some write's data was refused, so the caller can redo the call with each write isolated.
    /// </summary>
    private async Task<AtomicWriteResult[]?> TryWriteAllAsync(
        NpgsqlConnection connection, IReadOnlyList<AtomicWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in writes.SelectMany(w => w.Events).Chunk(MaxEventsPerStatement))
        {
            await using var insert = new NpgsqlCommand(_insertManySql, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(e => e.PersistenceId)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. chunk.Select(e => e.SequenceNr)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. chunk.Select(e => (e.Timestamp == default ? now : e.Timestamp).UtcTicks)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(e => e.Manifest)] });
            insert.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. chunk.Select(e => e.Payload)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(e => e.WriterId)] });
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (IsStatementError(ex))
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var results = new AtomicWriteResult[writes.Count];
        Array.Fill(results, AtomicWriteResult.Success);
        return results;
    }

    /// <summary>
    /// The fallback after a refused write: one transaction, one round trip per atomic write under its
    /// own savepoint, so only the offending writes fail.
    /// </summary>
    private async Task<AtomicWriteResult[]> WriteIsolatedAsync(
        NpgsqlConnection connection, IReadOnlyList<AtomicWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var results = new AtomicWriteResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            results[i] = await WriteOneAsync(connection, transaction, writes[i], now, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<AtomicWriteResult> WriteOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AtomicWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SAVEPOINT atomic_write"));
        AddInserts(batch, write, now);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT atomic_write"));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return AtomicWriteResult.Success;
        }
        catch (PostgresException ex) when (IsStatementError(ex))
        {
            // The failed statement aborted the transaction only back to this write's savepoint.
            await using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT atomic_write; RELEASE SAVEPOINT atomic_write", connection, transaction);
            await rollback.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return AtomicWriteResult.Failure(ex.SqlState == PostgresErrors.UniqueViolation
                ? new DuplicateSequenceNrException(_database.Location, write.PersistenceId, write.LowestSequenceNr, ex)
                : Fail(ex, $"writing events {write.LowestSequenceNr}..{write.HighestSequenceNr} of '{write.PersistenceId}'"));
        }
    }

    private void AddInserts(NpgsqlBatch batch, AtomicWrite write, DateTimeOffset now)
    {
        foreach (var e in write.Events)
        {
            var insert = new NpgsqlBatchCommand(_insertSql);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = e.PersistenceId });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = e.SequenceNr });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (e.Timestamp == default ? now : e.Timestamp).UtcTicks });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = e.Manifest });
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = e.Payload, NpgsqlDbType = NpgsqlDbType.Bytea });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = e.WriterId });
            batch.BatchCommands.Add(insert);
        }
    }

    /// <summary>
    /// Errors caused by the write's data (integrity constraint violations, class 23, and data
    /// exceptions such as a too-long persistence id, class 22), which a savepoint contains. Anything
    /// else fails the whole call.
    /// </summary>
    private static bool IsStatementError(PostgresException exception) =>
        exception.SqlState.StartsWith("23", StringComparison.Ordinal) || exception.SqlState.StartsWith("22", StringComparison.Ordinal);

    private JournalException Fail(Exception exception, string operation)
    {
        var (kind, cause) = PostgresErrors.Classify(exception);
        return new JournalException(_database.Location, kind, $"PostgreSQL journal failed {operation}: {cause}", exception);
    }
}
