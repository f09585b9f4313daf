using Npgsql;

namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>Maps PostgreSQL and Npgsql failures to <see cref="StoreErrorKind"/> and a readable cause.</summary>
internal static class PostgresErrors
{
    public const string UniqueViolation = "23505";

    /// <summary>Whether a store should wrap the exception as a store failure naming the database.</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is NpgsqlException or InvalidDataException or TimeoutException;

    public static (StoreErrorKind Kind, string Cause) Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: "42P01" or "42703" or "42P07" or "42804" } e =>
            (StoreErrorKind.Schema, $"the schema holds tables this store did not create; is it another program's? ({e.MessageText})"),
        PostgresException { SqlState: "53100" } e => (StoreErrorKind.Full, $"the server's disk is full ({e.MessageText})"),
        PostgresException { SqlState: "55P03" or "40P01" or "57014" } e =>
            (StoreErrorKind.Locked, $"a lock could not be taken in time ({e.MessageText})"),
        PostgresException { SqlState: var state } e when state.StartsWith("08", StringComparison.Ordinal)
            || state.StartsWith("28", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal)
            || state.StartsWith("53", StringComparison.Ordinal) || state == "3D000" =>
            (StoreErrorKind.Unavailable, $"the server refused or lost the connection ({e.SqlState}: {e.MessageText})"),
        PostgresException e => (StoreErrorKind.Unknown, $"{e.SqlState}: {e.MessageText}"),
        NpgsqlException or TimeoutException =>
            (StoreErrorKind.Unavailable, $"the server cannot be reached ({exception.GetBaseException().Message})"),
        InvalidDataException => (StoreErrorKind.Schema, exception.Message),
        _ => (StoreErrorKind.Unknown, exception.Message),
    };
}
