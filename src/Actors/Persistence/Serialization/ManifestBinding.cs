using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>One registered type: its manifest and the JSON metadata that reads and writes it.</summary>
internal sealed class ManifestBinding<T>(string manifest, JsonTypeInfo<T> typeInfo) : IManifestBinding
{
    public string Manifest { get; } = manifest;

    public Type Type => typeof(T);

    public byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes((T)value, typeInfo);

    public object? Deserialize(ReadOnlySpan<byte> payload) => JsonSerializer.Deserialize(payload, typeInfo);
}
