namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>
/// A value could not be serialized (its type is not registered, or JSON failed). Raised before
/// anything reaches the journal, so a persistent actor reports it as a rejection and carries on.
/// </summary>
public sealed class SerializationRejectedException : Exception
{
    public SerializationRejectedException(Type type, string reason, Exception? innerException = null)
        : base($"Cannot serialize {type.FullName}: {reason}", innerException) => Type = type;

    public Type Type { get; }
}
