using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>
/// The SQLite schema and its migrations. Column names follow Akka.Persistence.Sql's default mapping
/// (global <c>ordering</c>, unique (persistence_id, sequence_nr), a <c>journal_metadata</c> row that
/// keeps the highest sequence nr across deletes); timestamps are UTC ticks.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "journal, journal_metadata and snapshot tables", """
            CREATE TABLE journal (
                ordering       INTEGER PRIMARY KEY AUTOINCREMENT,
                persistence_id TEXT    NOT NULL,
                sequence_nr    INTEGER NOT NULL,
                created        INTEGER NOT NULL,
                manifest       TEXT    NOT NULL,
                payload        BLOB    NOT NULL,
                writer_id      TEXT    NOT NULL,
                CONSTRAINT journal_persistence_id_sequence_nr UNIQUE (persistence_id, sequence_nr)
            );
            CREATE TABLE journal_metadata (
                persistence_id TEXT    NOT NULL PRIMARY KEY,
                sequence_nr    INTEGER NOT NULL
            );
            CREATE TABLE snapshot (
                persistence_id TEXT    NOT NULL,
                sequence_nr    INTEGER NOT NULL,
                created        INTEGER NOT NULL,
                manifest       TEXT    NOT NULL,
                payload        BLOB    NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            );
            """),
    ];

    /// <summary>The version a fully migrated database reports.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// Brings the schema to <see cref="LatestVersion"/> in one IMMEDIATE transaction, so two processes
    /// opening a new file at once cannot both apply a step. Then checks that the tables have the
    /// columns this build reads, so a foreign database fails here and not on the first replay.
    /// </summary>
    public static async Task MigrateAsync(SqliteConnection connection, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await ExecuteAsync(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version     INTEGER NOT NULL PRIMARY KEY,
                    description TEXT    NOT NULL,
                    applied_at  INTEGER NOT NULL
                )
                """, cancellationToken).ConfigureAwait(false);
            var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > LatestVersion)
            {
                throw new InvalidDataException(
                    $"the schema version is {current} but this build knows versions up to {LatestVersion}; run a newer build");
            }

            foreach (var step in Migrations.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, transaction, step.Sql, cancellationToken).ConfigureAwait(false);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $t)";
                record.Parameters.AddWithValue("$v", step.Version);
                record.Parameters.AddWithValue("$d", step.Description);
                record.Parameters.AddWithValue("$t", timeProvider.GetUtcNow().UtcTicks);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }

        await ExecuteAsync(connection, null, """
            SELECT ordering, persistence_id, sequence_nr, created, manifest, payload, writer_id FROM journal WHERE 0;
            SELECT persistence_id, sequence_nr FROM journal_metadata WHERE 0;
            SELECT persistence_id, sequence_nr, created, manifest, payload FROM snapshot WHERE 0;
            """, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The highest applied version, or 0 for a new database.</summary>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
