namespace NanoClaw.Actors.Persistence.Snapshots;

/// <summary>A snapshot as a store keeps it: metadata plus the serialized state and its manifest.</summary>
public sealed record StoredSnapshot(SnapshotMetadata Metadata, string Manifest, byte[] Payload);
