namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>A journal operation failed; the message names the store's location and the cause.</summary>
public class JournalException : PersistenceStoreException
{
    public JournalException(string location, StoreErrorKind kind, string message, Exception? innerException = null)
        : base(location, kind, message, innerException)
    {
    }
}
