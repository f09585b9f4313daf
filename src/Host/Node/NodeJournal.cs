using Akka.Persistence.Sql.Hosting;
using LinqToDB;
using Microsoft.Data.Sqlite;
using Npgsql;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Node;

/// <summary>
/// Where the node's events and snapshots live, as <c>nanoclaw.persistence</c> chooses: one SQLite
/// file under the data directory (created in WAL mode, which the file keeps) or PostgreSQL. Either
/// way Akka.Persistence.Sql creates its tables on first start. A journal of the earlier format is
/// refused, never overwritten.
/// </summary>
/// <param name="ConnectionString">For Akka.Persistence.Sql.</param>
/// <param name="ProviderName">linq2db's provider name.</param>
/// <param name="Location">Where the events live, for the log (no password).</param>
public sealed record NodeJournal(string ConnectionString, string ProviderName, string Location)
{
    /// <summary>linq2db's name for SQLite through Microsoft.Data.Sqlite.</summary>
    public const string SqliteProvider = "SQLite.MS";

    /// <summary>linq2db's name for PostgreSQL 15 and later (binary payloads).</summary>
    public const string PostgresProvider = "PostgreSQL.15";

    /// <summary>The table every earlier-format journal has and Akka.Persistence.Sql never creates.</summary>
    private const string EarlierFormatTable = "schema_version";

    /// <summary>Akka.Persistence.Sql's journal on this database.</summary>
    public SqlJournalOptions JournalOptions() =>
        new(isDefaultPlugin: true)
        {
            // The name and string as well as the options: the plugin creates its indexes only for a named provider.
            ConnectionString = ConnectionString,
            ProviderName = ProviderName,
            DataOptions = DataOptions(),
            AutoInitialize = true,
        };

    /// <summary>Akka.Persistence.Sql's snapshot store on this database.</summary>
    public SqlSnapshotOptions SnapshotOptions() =>
        new(isDefaultPlugin: true)
        {
            ConnectionString = ConnectionString,
            ProviderName = ProviderName,
            DataOptions = DataOptions(),
            AutoInitialize = true,
        };

    /// <summary>SQLite connections open on the thread pool (see <see cref="ThreadPoolOpenInterceptor"/>).</summary>
    private DataOptions DataOptions()
    {
        var options = new DataOptions().UseConnectionString(ProviderName, ConnectionString);
        return ProviderName == SqliteProvider ? options.UseInterceptor(ThreadPoolOpenInterceptor.Instance) : options;
    }

    public static NodeJournal Open(NanoClawOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Persistence.Provider == PersistenceProvider.Postgres
            ? Postgres(options.Persistence.Postgres.ConnectionString!)
            : Sqlite(Path.GetFullPath(options.Persistence.Sqlite.File, options.DataDir));
    }

    public static NodeJournal Sqlite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            if (Scalar(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{EarlierFormatTable}'") is > 0L)
            {
                throw new JournalFormatException(
                    $"{path} holds a journal of the earlier format, which this node cannot read; move it aside (mv {path} {path}.old) to start with an empty journal");
            }

            // WAL lets recovery read while the journal writes; the mode is stored in the file.
            Scalar(connection, "PRAGMA journal_mode = WAL");
        }

        return new NodeJournal(connectionString, SqliteProvider, path);
    }

    public static NodeJournal Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"SELECT to_regclass('nanoclaw.{EarlierFormatTable}') IS NOT NULL", connection);
            if (command.ExecuteScalar() is true)
            {
                throw new JournalFormatException(
                    $"{location} holds a journal of the earlier format in schema 'nanoclaw', which this node cannot read; rename that schema (ALTER SCHEMA nanoclaw RENAME TO nanoclaw_old) to start with an empty journal");
            }
        }

        return new NodeJournal(connectionString, PostgresProvider, location);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
