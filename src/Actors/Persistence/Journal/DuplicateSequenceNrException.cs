namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// A write used a (persistence id, sequence nr) pair that is already stored, which means two writers
/// share a persistence id or an actor lost track of its sequence. Nothing of that atomic write was stored.
/// </summary>
public sealed class DuplicateSequenceNrException : JournalException
{
    public DuplicateSequenceNrException(string location, string persistenceId, long sequenceNr, Exception? innerException = null)
        : base(
            location,
            StoreErrorKind.Duplicate,
            $"Event {sequenceNr} of persistence id '{persistenceId}' is already stored; the atomic write was not stored",
            innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
    }

    public string PersistenceId { get; }

    /// <summary>The lowest sequence number of the rejected write (the conflicting one may be later within it).</summary>
    public long SequenceNr { get; }
}
