namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>A stored payload has a known manifest but its bytes do not deserialize to the registered type.</summary>
public sealed class PayloadDeserializationException : Exception
{
    public PayloadDeserializationException(string manifest, string persistenceId, long sequenceNr, Type type, Exception? innerException)
        : base($"The payload at sequence nr {sequenceNr} of persistence id '{persistenceId}' (manifest '{manifest}') " +
               $"does not deserialize to {type.FullName}: {innerException?.Message ?? "it is null"}", innerException)
    {
        Manifest = manifest;
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
    }

    public string Manifest { get; }

    public string PersistenceId { get; }

    public long SequenceNr { get; }
}
