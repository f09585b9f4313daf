using NanoClaw.Actors.Persistence.Journal;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>Replay, highest sequence nr and deletes.</summary>
public sealed partial class SqliteJournal
{
    private const string HighestSql = """
        SELECT max(
            coalesce((SELECT max(sequence_nr) FROM journal WHERE persistence_id = $pid), 0),
            coalesce((SELECT sequence_nr FROM journal_metadata WHERE persistence_id = $pid), 0))
        """;

    private const string PageSql = """
        SELECT sequence_nr, created, manifest, payload, writer_id FROM journal
        WHERE persistence_id = $pid AND sequence_nr >= $from AND sequence_nr <= $to
        ORDER BY sequence_nr LIMIT $limit
        """;

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
            return await _database.ReadAsync(
                async session =>
                {
                    var command = session.Command(HighestSql, "$pid");
                    command.Parameters[0].Value = persistenceId;
                    return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"reading the highest sequence nr of '{persistenceId}'");
        }
    }

    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        await _database.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            // The highest sequence nr goes to journal_metadata first, so deleting every row keeps it.
            using var command = Command(connection, transaction, $"""
                INSERT INTO journal_metadata (persistence_id, sequence_nr) SELECT $pid, ({HighestSql}) WHERE ({HighestSql}) > 0
                ON CONFLICT (persistence_id) DO UPDATE SET sequence_nr = max(sequence_nr, excluded.sequence_nr);
                DELETE FROM journal WHERE persistence_id = $pid AND sequence_nr <= $to;
                """);
            command.Parameters.AddWithValue("$pid", persistenceId);
            command.Parameters.AddWithValue("$to", toSequenceNr);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            transaction.Commit();
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"deleting events of '{persistenceId}' up to {toSequenceNr}");
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    private async Task<List<PersistentRepresentation>> ReadPageAsync(
        string persistenceId, long from, long to, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await _database.ReadAsync(session => ReadPageAsync(session, persistenceId, from, to, limit, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SqliteErrors.IsStoreFailure(ex))
        {
            throw Fail(ex, $"replaying events of '{persistenceId}'");
        }
    }

    private static async Task<List<PersistentRepresentation>> ReadPageAsync(
        SqliteReadSession session, string persistenceId, long from, long to, int limit, CancellationToken cancellationToken)
    {
        var command = session.Command(PageSql, "$pid", "$from", "$to", "$limit");
        command.Parameters[0].Value = persistenceId;
        command.Parameters[1].Value = from;
        command.Parameters[2].Value = to;
        command.Parameters[3].Value = limit;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var page = new List<PersistentRepresentation>(Math.Min(limit, 1024));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            page.Add(new PersistentRepresentation(
                persistenceId,
                reader.GetInt64(0),
                reader.GetString(2),
                (byte[])reader.GetValue(3),
                new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                reader.GetString(4)));
        }

        return page;
    }
}
