using Npgsql;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>
/// The PostgreSQL schema: the same shape as the SQLite one (bigint sequence numbers and UTC-tick
/// timestamps, bytea payloads, Akka.Persistence.Sql column names), inside one configurable schema.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The migrations; <c>{schema}</c> stands for the validated schema name.</summary>
    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "journal, journal_metadata and snapshot tables", """
            CREATE TABLE {schema}.journal (
                ordering       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                persistence_id VARCHAR(255) NOT NULL,
                sequence_nr    BIGINT       NOT NULL,
                created        BIGINT       NOT NULL,
                manifest       VARCHAR(500) NOT NULL,
                payload        BYTEA        NOT NULL,
                writer_id      VARCHAR(128) NOT NULL,
                CONSTRAINT journal_persistence_id_sequence_nr UNIQUE (persistence_id, sequence_nr)
            );
            CREATE TABLE {schema}.journal_metadata (
                persistence_id VARCHAR(255) NOT NULL PRIMARY KEY,
                sequence_nr    BIGINT       NOT NULL
            );
            CREATE TABLE {schema}.snapshot (
                persistence_id VARCHAR(255) NOT NULL,
                sequence_nr    BIGINT       NOT NULL,
                created        BIGINT       NOT NULL,
                manifest       VARCHAR(500) NOT NULL,
                payload        BYTEA        NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            );
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// Brings <paramref name="schema"/> to <see cref="LatestVersion"/> in one transaction under an
    /// advisory lock, so nodes starting together apply each step once; then checks the columns.
    /// </summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string schema, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('nanoclaw.persistence.' || $1))", connection, transaction))
            {
                lockCommand.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema });
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // Checked first because CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege,
            // which a deployment's role may lack when an administrator made the schema for it.
            await ExecuteAsync(connection, transaction, $$"""
                DO $do$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{{schema}}') THEN
                        CREATE SCHEMA {{schema}};
                    END IF;
                END $do$;
                """, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"""
                CREATE TABLE IF NOT EXISTS {schema}.schema_version (
                    version     INTEGER NOT NULL PRIMARY KEY,
                    description TEXT    NOT NULL,
                    applied_at  BIGINT  NOT NULL
                );
                """, cancellationToken).ConfigureAwait(false);
            var current = await ReadVersionAsync(connection, transaction, schema, cancellationToken).ConfigureAwait(false);
            if (current > LatestVersion)
            {
                throw new InvalidDataException(
                    $"the schema version is {current} but this build knows versions up to {LatestVersion}; run a newer build");
            }

            foreach (var step in Migrations.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, transaction, step.Sql.Replace("{schema}", schema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
                await using var record = new NpgsqlCommand($"INSERT INTO {schema}.schema_version (version, description, applied_at) VALUES ($1, $2, $3)", connection, transaction);
                record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = step.Version });
                record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = step.Description });
                record.Parameters.Add(new NpgsqlParameter<long> { TypedValue = timeProvider.GetUtcNow().UtcTicks });
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, null, $"""
            SELECT ordering, persistence_id, sequence_nr, created, manifest, payload, writer_id FROM {schema}.journal WHERE false;
            SELECT persistence_id, sequence_nr FROM {schema}.journal_metadata WHERE false;
            SELECT persistence_id, sequence_nr, created, manifest, payload FROM {schema}.snapshot WHERE false;
            """, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema}.schema_version", connection, transaction);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
