namespace NanoClaw.Actors.Persistence.Snapshots;

/// <summary>A snapshot store operation failed; the message names the store's location and the cause.</summary>
public sealed class SnapshotStoreException : PersistenceStoreException
{
    public SnapshotStoreException(string location, StoreErrorKind kind, string message, Exception? innerException = null)
        : base(location, kind, message, innerException)
    {
    }
}
