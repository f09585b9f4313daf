using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace NanoClaw.Actors.Persistence;

/// <summary>
/// Akka's serializer for every <see cref="IPersisted"/> type: System.Text.Json (source-generated)
/// under the stable manifests of <see cref="PersistedManifests"/>, never a CLR type name. An
/// unknown type or manifest is a <see cref="SerializationException"/> naming it.
/// </summary>
public sealed class PersistedSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The name the serializer is registered under in <c>akka.actor.serializers</c>.</summary>
    public const string Name = "nanoclaw-json";

    /// <summary>Stored beside every payload; it never changes.</summary>
    public const int Id = 7301;

    public override int Identifier => Id;

    public override string Manifest(object o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return PersistedManifests.ByType.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new SerializationException($"{o.GetType().FullName} has no manifest in PersistedManifests; add one before persisting it.");
    }

    public override byte[] ToBinary(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return JsonSerializer.SerializeToUtf8Bytes(obj, PersistedManifests.ByManifest[Manifest(obj)]);
    }

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!PersistedManifests.ByManifest.TryGetValue(manifest, out var info))
        {
            throw new SerializationException($"Unknown manifest '{manifest}': this journal was written by a newer node, or by another program.");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, info)
                ?? throw new SerializationException($"Payload of manifest '{manifest}' is null.");
        }
        catch (JsonException ex)
        {
            throw new SerializationException($"Payload of manifest '{manifest}' is not valid: {ex.Message}", ex);
        }
    }
}
