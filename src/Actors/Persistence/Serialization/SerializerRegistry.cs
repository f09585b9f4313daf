using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Persistence.Serialization;

/// <summary>
/// The one place where event and snapshot types get their stable manifest strings. Payloads are
/// System.Text.Json; pass a source-generated <see cref="JsonTypeInfo{T}"/> where it helps.
/// </summary>
/// <remarks>
/// Compatibility rules: a manifest, once written, is forever (rename the type, keep the manifest).
/// Adding a property is safe when old payloads may lack it: give it a default (an optional
/// constructor parameter) and it deserializes to that default. Unknown JSON properties are ignored,
/// so an older build can still read events written by a newer one. Types match exactly: a subclass
/// needs its own registration.
/// </remarks>
public sealed class SerializerRegistry
{
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<string, IManifestBinding> _byManifest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, IManifestBinding> _byType = new();
    private readonly Lock _registration = new();

    /// <param name="options">JSON options for types registered without explicit metadata; the default is
    /// <see cref="JsonSerializerDefaults.General"/> with reflection-based metadata.</param>
    public SerializerRegistry(JsonSerializerOptions? options = null)
    {
        _options = options ?? new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
    }

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> with the registry's options.</summary>
    public SerializerRegistry Register<T>(string manifest) =>
        Register(manifest, (JsonTypeInfo<T>)_options.GetTypeInfo(typeof(T)));

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> with the given (e.g. source-generated) metadata.</summary>
    /// <exception cref="ArgumentException">The manifest or the type is already registered to something else.</exception>
    public SerializerRegistry Register<T>(string manifest, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(manifest.Length, 500, nameof(manifest));
        ArgumentNullException.ThrowIfNull(typeInfo);
        lock (_registration)
        {
            if (_byManifest.TryGetValue(manifest, out var existing) && existing.Type != typeof(T))
            {
                throw new ArgumentException($"Manifest '{manifest}' is already registered for {existing.Type.FullName}.", nameof(manifest));
            }

            if (_byType.TryGetValue(typeof(T), out existing) && existing.Manifest != manifest)
            {
                throw new ArgumentException($"{typeof(T).FullName} is already registered under manifest '{existing.Manifest}'.", nameof(manifest));
            }

            var binding = new ManifestBinding<T>(manifest, typeInfo);
            _byManifest[manifest] = binding;
            _byType[typeof(T)] = binding;
        }

        return this;
    }

    /// <summary>The manifest <paramref name="type"/> is registered under, if any.</summary>
    public bool TryGetManifest(Type type, out string manifest)
    {
        manifest = _byType.TryGetValue(type, out var binding) ? binding.Manifest : "";
        return binding is not null;
    }

    /// <summary>Serializes <paramref name="value"/> under its type's manifest.</summary>
    /// <exception cref="SerializationRejectedException">The type is not registered or JSON failed.</exception>
    public SerializedPayload Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (!_byType.TryGetValue(type, out var binding))
        {
            throw new SerializationRejectedException(type, "the type is not registered in the SerializerRegistry");
        }

        try
        {
            return new SerializedPayload(binding.Manifest, binding.Serialize(value));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new SerializationRejectedException(type, ex.Message, ex);
        }
    }

    /// <summary>
    /// Deserializes a stored payload; <paramref name="persistenceId"/> and <paramref name="sequenceNr"/>
    /// only name the payload in errors.
    /// </summary>
    /// <exception cref="UnknownManifestException">No type is registered under <paramref name="manifest"/>.</exception>
    /// <exception cref="PayloadDeserializationException">The bytes do not deserialize to the registered type.</exception>
    public object Deserialize(string manifest, ReadOnlySpan<byte> payload, string persistenceId, long sequenceNr)
    {
        if (!_byManifest.TryGetValue(manifest, out var binding))
        {
            throw new UnknownManifestException(manifest, persistenceId, sequenceNr);
        }

        try
        {
            return binding.Deserialize(payload)
                ?? throw new PayloadDeserializationException(manifest, persistenceId, sequenceNr, binding.Type, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new PayloadDeserializationException(manifest, persistenceId, sequenceNr, binding.Type, ex);
        }
    }

    /// <summary>Deserializes a replayed event.</summary>
    public object Deserialize(PersistentRepresentation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Deserialize(stored.Manifest, stored.Payload, stored.PersistenceId, stored.SequenceNr);
    }

    /// <summary>Deserializes a loaded snapshot.</summary>
    public object Deserialize(StoredSnapshot stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Deserialize(stored.Manifest, stored.Payload, stored.Metadata.PersistenceId, stored.Metadata.SequenceNr);
    }

    /// <summary>Serializes <paramref name="value"/> as the event at <paramref name="sequenceNr"/>; the journal stamps the time.</summary>
    /// <exception cref="SerializationRejectedException">The type is not registered or JSON failed.</exception>
    public PersistentRepresentation ToRepresentation(object value, string persistenceId, long sequenceNr, string writerId)
    {
        var serialized = Serialize(value);
        return new PersistentRepresentation(persistenceId, sequenceNr, serialized.Manifest, serialized.Payload, default, writerId);
    }
}
