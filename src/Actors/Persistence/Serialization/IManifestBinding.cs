namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>The type-erased face of <see cref="ManifestBinding{T}"/>.</summary>
internal interface IManifestBinding
{
    string Manifest { get; }

    Type Type { get; }

    byte[] Serialize(object value);

    object? Deserialize(ReadOnlySpan<byte> payload);
}
