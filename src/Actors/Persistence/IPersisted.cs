namespace NanoClaw.Actors.Persistence;

/// <summary>
/// Everything the node writes to its journal or snapshot store. Akka binds this interface to
/// <see cref="PersistedSerializer"/>, so a persisted type without a manifest fails loudly instead
/// of falling back to another serializer.
/// </summary>
public interface IPersisted;
