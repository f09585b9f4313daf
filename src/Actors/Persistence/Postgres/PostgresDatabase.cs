using System.Text.RegularExpressions;
using Npgsql;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>
/// The PostgreSQL database and schema shared by <see cref="PostgresJournal"/> and
/// <see cref="PostgresSnapshotStore"/>: a pooled data source plus one-time schema migration.
/// </summary>
/// <remarks>
/// Durability is the server's: a commit returns after its WAL record is flushed as long as the server
/// keeps <c>synchronous_commit</c> on (its default).
/// </remarks>
public sealed partial class PostgresDatabase : IAsyncDisposable
{
    /// <summary>Statements Npgsql keeps prepared per connection when the connection string sets none.</summary>
    private const int AutoPreparedStatements = 32;

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _initGate = new(1, 1);

    /// <summary>Set once the schema is at the latest version; never reset.</summary>
    private volatile bool _initialized;

    public PostgresDatabase(PostgresStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReplayPageSize, 1);
        if (!SchemaName().IsMatch(options.Schema))
        {
            throw new ArgumentException($"'{options.Schema}' is not a plain lower-case schema name.", nameof(options));
        }

        Options = options;
        Schema = options.Schema;
        TimeProvider = timeProvider ?? TimeProvider.System;
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database} schema {Schema}";
        // The stores run a handful of statements over and over (recovery runs two per actor), so let
        // Npgsql prepare them server-side unless the connection string already decides.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>Names the database in errors: host, port, database and schema, never credentials.</summary>
    public string Location { get; }

    /// <summary>The validated schema name, safe to splice into SQL.</summary>
    public string Schema { get; }

    public PostgresStoreOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Creates the schema and tables when missing and migrates them. Called by the first operation;
    /// call it at startup to fail fast. Raw driver exceptions escape; the stores wrap them.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await PostgresSchema.MigrateAsync(connection, Schema, TimeProvider, cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }

    /// <summary>The schema version the database reports.</summary>
    public async Task<int> ReadSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresSchema.ReadVersionAsync(connection, null, Schema, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An open connection to the initialized database; the caller disposes it.</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _initGate.Dispose();
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
