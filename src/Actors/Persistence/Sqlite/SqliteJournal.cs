using Microsoft.Data.Sqlite;
using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>
/// The journal on SQLite. Every <see cref="WriteAsync"/> call is one transaction (one fsync). The call
/// first inserts everything plainly; only if a row is refused (a duplicate) does it roll back and
/// redo the call with a savepoint per atomic write, so the duplicate fails alone. Put a
/// <see cref="GroupCommitJournal"/> in front to merge concurrent callers into one call.
/// </summary>
public sealed partial class SqliteJournal : IJournal
{
    private const string InsertSql = """
        INSERT INTO journal (persistence_id, sequence_nr, created, manifest, payload, writer_id)
        VALUES ($pid, $seq, $created, $manifest, $payload, $writer)
        """;

    private readonly SqliteDatabase _database;

    public SqliteJournal(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        await _database.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var optimistic = connection.BeginTransaction(deferred: false))
            {
                if (await TryWriteAllAsync(connection, optimistic, writes, cancellationToken).ConfigureAwait(false))
                {
                    optimistic.Commit();
                    return [.. Enumerable.Repeat(AtomicWriteResult.Success, writes.Count)];
                }

                optimistic.Rollback();
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var results = await WriteAllAsync(connection, transaction, writes, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return results;
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, "writing events");
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    /// <summary>Inserts every event without savepoints; false when a constraint refused one (the caller rolls back).</summary>
    private async Task<bool> TryWriteAllAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        using var insert = InsertCommand(connection, transaction, out var bind);
        var now = _database.TimeProvider.GetUtcNow();
        try
        {
            foreach (var write in writes)
            {
                foreach (var e in write.Events)
                {
                    bind(e, now);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return true;
        }
        catch (SqliteException ex) when (SqliteErrors.IsConstraintViolation(ex))
        {
            return false;
        }
    }

    private static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction, out Action<PersistentRepresentation, DateTimeOffset> bind)
    {
        var insert = Command(connection, transaction, InsertSql);
        var pid = insert.Parameters.Add("$pid", SqliteType.Text);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var created = insert.Parameters.Add("$created", SqliteType.Integer);
        var manifest = insert.Parameters.Add("$manifest", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
        var writer = insert.Parameters.Add("$writer", SqliteType.Text);
        bind = (e, now) =>
        {
            pid.Value = e.PersistenceId;
            seq.Value = e.SequenceNr;
            created.Value = (e.Timestamp == default ? now : e.Timestamp).UtcTicks;
            manifest.Value = e.Manifest;
            payload.Value = e.Payload;
            writer.Value = e.WriterId;
        };
        return insert;
    }

    private async Task<AtomicWriteResult[]> WriteAllAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        using var insert = InsertCommand(connection, transaction, out var bind);
        using var savepoint = Command(connection, transaction, "SAVEPOINT atomic_write");
        using var release = Command(connection, transaction, "RELEASE atomic_write");
        using var rollback = Command(connection, transaction, "ROLLBACK TO atomic_write; RELEASE atomic_write");

        var now = _database.TimeProvider.GetUtcNow();
        var results = new AtomicWriteResult[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            await savepoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var e in writes[i].Events)
                {
                    bind(e, now);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                results[i] = AtomicWriteResult.Success;
            }
            catch (SqliteException ex) when (SqliteErrors.IsConstraintViolation(ex))
            {
                await rollback.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                var write = writes[i];
                results[i] = AtomicWriteResult.Failure(SqliteErrors.IsUniqueViolation(ex)
                    ? new DuplicateSequenceNrException(_database.Path, write.PersistenceId, write.LowestSequenceNr, ex)
                    : Fail(ex, $"writing events {write.LowestSequenceNr}..{write.HighestSequenceNr} of '{write.PersistenceId}'"));
            }
        }

        return results;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private JournalException Fail(Exception exception, string operation)
    {
        var (kind, cause) = SqliteErrors.Classify(exception);
        return new JournalException(_database.Path, kind, $"SQLite journal failed {operation}: {cause}", exception);
    }
}
