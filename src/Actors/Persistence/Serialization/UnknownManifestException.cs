namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>
/// A stored payload names a manifest no type is registered under. Recovery must stop rather than skip
/// the event: skipping would rebuild a state that never existed.
/// </summary>
public sealed class UnknownManifestException : Exception
{
    public UnknownManifestException(string manifest, string persistenceId, long sequenceNr)
        : base($"Unknown manifest '{manifest}' at sequence nr {sequenceNr} of persistence id '{persistenceId}': no type is registered " +
               "under it in the SerializerRegistry. Register the type under that manifest (a renamed type keeps its old manifest).")
    {
        Manifest = manifest;
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
    }

    public string Manifest { get; }

    public string PersistenceId { get; }

    public long SequenceNr { get; }
}
