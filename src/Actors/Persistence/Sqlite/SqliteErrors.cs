using Microsoft.Data.Sqlite;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>Maps SQLite result codes to <see cref="StoreErrorKind"/> and a cause an operator understands.</summary>
internal static class SqliteErrors
{
    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADb = 26;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>A statement broke a constraint; SQLite rolled back that statement only.</summary>
    public static bool IsConstraintViolation(SqliteException exception) => exception.SqliteErrorCode == SqliteConstraint;

    /// <summary>The violated constraint is the (persistence_id, sequence_nr) uniqueness.</summary>
    public static bool IsUniqueViolation(SqliteException exception) =>
        exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <summary>Whether a store should wrap the exception as a store failure naming the file.</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is SqliteException or IOException or UnauthorizedAccessException or InvalidDataException;

    /// <summary>Classifies a failure of any SQLite operation.</summary>
    public static (StoreErrorKind Kind, string Cause) Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } e =>
            (StoreErrorKind.Locked, $"the database is locked by another connection or process beyond the busy timeout ({e.Message})"),
        SqliteException { SqliteErrorCode: SqliteFull } e =>
            (StoreErrorKind.Full, $"the database or disk is full ({e.Message})"),
        SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADb } e =>
            (StoreErrorKind.Corrupt, $"the file is not a valid SQLite database or is damaged ({e.Message})"),
        SqliteException { SqliteErrorCode: SqliteCantOpen or SqliteReadOnly or SqliteIoErr } e =>
            (StoreErrorKind.Unavailable, $"the file cannot be opened or written ({e.Message})"),
        SqliteException { SqliteErrorCode: SqliteError } e when e.Message.Contains("no such", StringComparison.Ordinal)
            || e.Message.Contains("already exists", StringComparison.Ordinal) =>
            (StoreErrorKind.Schema, $"the file holds tables this store did not create; is it another program's database? ({e.Message})"),
        InvalidDataException => (StoreErrorKind.Schema, exception.Message),
        IOException or UnauthorizedAccessException =>
            (StoreErrorKind.Unavailable, $"the file or its directory cannot be accessed ({exception.Message})"),
        _ => (StoreErrorKind.Unknown, exception.Message),
    };
}
