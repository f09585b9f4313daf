namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>A serialized event or snapshot and the stable manifest of its type.</summary>
public sealed record SerializedPayload(string Manifest, byte[] Payload);
