namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>Where and how the SQLite stores keep their one database file.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The data directory; created when missing. Required.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The database file inside <see cref="DataDirectory"/>. The default is <c>nanoclaw.db</c>.</summary>
    public string FileName { get; init; } = PersistenceDefaults.SqliteFileName;

    /// <summary>
    /// How long an operation waits for another connection's lock before it fails with
    /// <see cref="StoreErrorKind.Locked"/>. The default is 5 seconds. Waits are rounded up to whole
    /// seconds by the driver's own retry loop.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = PersistenceDefaults.BusyTimeout;

    /// <summary>Events read per query while replaying. The default is 1000.</summary>
    public int ReplayPageSize { get; init; } = PersistenceDefaults.ReplayPageSize;

    /// <summary>
    /// A size quota in database pages (<c>PRAGMA max_page_count</c>), applied to every connection;
    /// past it writes fail with <see cref="StoreErrorKind.Full"/> as on a full disk. The default
    /// (null) is SQLite's own limit.
    /// </summary>
    public int? MaxPageCount { get; init; }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
