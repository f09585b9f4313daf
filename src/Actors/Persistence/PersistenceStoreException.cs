namespace NanoClaw.Actors.Persistence;

/// <summary>
/// A store operation failed. The message always names the store's location (the database file, or
/// host/database/schema for a server, never a password) and the cause, so an operator can act on a
/// log line alone.
/// </summary>
public class PersistenceStoreException : Exception
{
    public PersistenceStoreException(string location, StoreErrorKind kind, string message, Exception? innerException = null)
        : base($"{message} ({location})", innerException)
    {
        Location = location;
        Kind = kind;
    }

    /// <summary>The database file path, or a password-free description of a server database.</summary>
    public string Location { get; }

    public StoreErrorKind Kind { get; }
}
