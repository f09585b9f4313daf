using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>
/// The one SQLite database file shared by <see cref="SqliteJournal"/> and <see cref="SqliteSnapshotStore"/>.
/// </summary>
/// <remarks>
/// Durability: the file runs in WAL mode with <c>synchronous=FULL</c>, so the WAL is fsynced before
/// every commit returns. A write whose task completed survives a process kill and also an OS crash or
/// power loss (NORMAL would only survive a process kill). Writers within this process take
/// <see cref="WriteGate"/> rather than spinning on SQLite's busy handler; another process holding the
/// write lock is waited for up to <see cref="SqliteStoreOptions.BusyTimeout"/>.
/// </remarks>
public sealed partial class SqliteDatabase : IDisposable
{
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    /// <summary>Set once the file is in WAL mode with the latest schema; never reset.</summary>
    private volatile bool _initialized;

    public SqliteDatabase(SqliteStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReplayPageSize, 1);
        Options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Path = options.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // The driver retries SQLITE_BUSY itself for this many whole seconds (0 would mean forever).
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        var busyMs = (long)options.BusyTimeout.TotalMilliseconds;
        _connectionPragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyMs}; PRAGMA synchronous = FULL;{(options.MaxPageCount is { } max ? $" PRAGMA max_page_count = {max};" : "")}");
    }

    /// <summary>The full path of the database file; every error names it.</summary>
    public string Path { get; }

    public SqliteStoreOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Serializes this process's writers so they queue here instead of in SQLite's busy loop.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>
    /// Creates the directory and file when missing, switches the file to WAL and migrates the schema.
    /// Called by the first operation; call it at startup to fail fast. Raw driver exceptions escape;
    /// the stores wrap them with the file's name.
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
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(Options.DataDirectory);
            using var connection = await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"the file cannot be switched to WAL mode (journal_mode is '{mode}')");
                }
            }

            await SqliteSchema.MigrateAsync(connection, TimeProvider, cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    /// <summary>The schema version the file reports.</summary>
    public async Task<int> ReadSchemaVersionAsync(CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteSchema.ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An open, configured connection to the initialized database; the caller disposes it.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        DisposeReaders();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initGate.Dispose();
        WriteGate.Dispose();
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = _connectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
