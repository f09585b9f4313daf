namespace NanoClaw.Actors.Persistence;

/// <summary>Every default of the persistence stores, in one place.</summary>
public static class PersistenceDefaults
{
    /// <summary>
    /// Events read per query while replaying; mirrors Akka.Persistence.Sql's <c>replay-batch-size</c>.
    /// Paging keeps read transactions short so a long replay does not pin the SQLite WAL.
    /// </summary>
    public const int ReplayPageSize = 1000;

    /// <summary>How long SQLite waits for another connection's lock before failing: 5 seconds.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The SQLite database file created under the data directory.</summary>
    public const string SqliteFileName = "nanoclaw.db";

    /// <summary>The PostgreSQL schema that holds the tables.</summary>
    public const string PostgresSchema = "nanoclaw";

    /// <summary>Most atomic writes the group-commit writer puts into one transaction.</summary>
    public const int GroupCommitMaxWritesPerBatch = 1000;

    /// <summary>
    /// Most write requests waiting for the group-commit writer; callers beyond it wait for room
    /// (mirrors Akka.Persistence.Sql's <c>buffer-size</c>, but back-pressures instead of rejecting).
    /// </summary>
    public const int GroupCommitQueueCapacity = 10_000;
}
