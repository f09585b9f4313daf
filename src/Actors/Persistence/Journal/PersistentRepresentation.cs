namespace NanoClaw.Actors.Persistence.Journal;

/// <summary>
/// One stored event: what the journal writes and replays. The payload is already serialized; the
/// manifest names its type (see <c>SerializerRegistry</c>).
/// </summary>
/// <param name="PersistenceId">The owning actor's stable id.</param>
/// <param name="SequenceNr">1 for the first event of an id, increasing by exactly 1 per event.</param>
/// <param name="Manifest">The stable type name the payload was serialized under.</param>
/// <param name="Payload">The serialized event. Treated as immutable once handed to a journal.</param>
/// <param name="Timestamp">
/// When the event was written. A representation handed to a journal with <c>default</c> is stamped
/// with the journal's <see cref="TimeProvider"/>; replayed events carry the stored time (UTC).
/// </param>
/// <param name="WriterId">The writing incarnation (Akka's writer uuid), to tell stale writers apart.</param>
public sealed record PersistentRepresentation(
    string PersistenceId,
    long SequenceNr,
    string Manifest,
    byte[] Payload,
    DateTimeOffset Timestamp,
    string WriterId);
