namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// The event journal: an append-only log per persistence id, with Akka.Persistence semantics.
/// Implementations are safe for concurrent use.
/// </summary>
public interface IJournal
{
    /// <summary>
    /// Stores the writes, each one atomically, and returns one result per write in the same order.
    /// A write whose (persistence id, sequence nr) is already stored fails alone with a
    /// <see cref="DuplicateSequenceNrException"/>. The returned task faults (typically with a
    /// <see cref="JournalException"/>) when the store failed as a whole; then it is unknown which
    /// writes landed, and a persistent actor must stop.
    /// </summary>
    Task<IReadOnlyList<AtomicWriteResult>> WriteAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// Streams the stored events of <paramref name="persistenceId"/> with
    /// <paramref name="fromSequenceNr"/> ≤ sequence nr ≤ <paramref name="toSequenceNr"/> in sequence
    /// order, at most <paramref name="max"/> of them. Stores read in pages, so a long log is never
    /// held in memory at once.
    /// </summary>
    IAsyncEnumerable<PersistentRepresentation> ReplayAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken);

    /// <summary>
    /// The highest sequence number ever stored for the id, or 0 when none was. Deleting events
    /// never lowers it, so a recovered actor continues numbering after the last written event.
    /// <paramref name="fromSequenceNr"/> is a hint (the actor's snapshot); the result never depends on it.
    /// </summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every event of the id up to and including <paramref name="toSequenceNr"/> (clamped to the
    /// highest stored). The highest sequence number is kept.
    /// </summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);
}
