using System.Text;
using NanoClaw.Actors.Persistence.Journal;
using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Actors.Persistence.Snapshots;

namespace NanoClaw.Actors.Tests.Persistence.Serialization;

public sealed class SerializerRegistryTests
{
    private static SerializerRegistry NewRegistry() =>
        new SerializerRegistry().Register<CounterIncremented>("counter.incremented").Register<GroupRenamed>("group.renamed");

    [Fact]
    public void Serialize_RegisteredType_RoundTripsUnderItsManifest()
    {
        var registry = NewRegistry();

        var serialized = registry.Serialize(new GroupRenamed("family"));

        Assert.Equal("group.renamed", serialized.Manifest);
        Assert.Equal(new GroupRenamed("family"), registry.Deserialize(serialized.Manifest, serialized.Payload, "p", 1));
    }

    [Fact]
    public void Register_SourceGeneratedMetadata_RoundTrips()
    {
        var registry = new SerializerRegistry()
            .Register("counter.incremented", TestEventsJsonContext.Default.CounterIncremented)
            .Register("counter.state", TestEventsJsonContext.Default.CounterState);

        var state = registry.Serialize(new CounterState(3, ["a", "b"]));
        var restored = Assert.IsType<CounterState>(registry.Deserialize(state.Manifest, state.Payload, "p", 1));

        Assert.Equal(3, restored.Total);
        Assert.Equal(new[] { "a", "b" }, restored.History);
    }

    [Fact]
    public void Deserialize_PayloadWrittenBeforeAFieldWasAdded_UsesTheFieldsDefault()
    {
        var oldBuild = new SerializerRegistry().Register<CounterIncrementedV1>("counter.incremented");
        var oldPayload = oldBuild.Serialize(new CounterIncrementedV1(5));

        var restored = NewRegistry().Deserialize(oldPayload.Manifest, oldPayload.Payload, "p", 1);

        Assert.Equal(new CounterIncremented(5, null, 1), restored);
    }

    [Fact]
    public void Deserialize_PayloadFromANewerBuild_IgnoresUnknownFields()
    {
        var newer = NewRegistry().Serialize(new CounterIncremented(5, "why", 3));
        var oldBuild = new SerializerRegistry().Register<CounterIncrementedV1>("counter.incremented");

        Assert.Equal(new CounterIncrementedV1(5), oldBuild.Deserialize(newer.Manifest, newer.Payload, "p", 1));
    }

    [Fact]
    public void Deserialize_UnknownManifest_NamesManifestAndPersistenceId()
    {
        var stored = new PersistentRepresentation("group-7", 12, "group.deleted", Encoding.UTF8.GetBytes("{}"), default, "w");

        var error = Assert.Throws<UnknownManifestException>(() => NewRegistry().Deserialize(stored));

        Assert.Equal(("group.deleted", "group-7", 12L), (error.Manifest, error.PersistenceId, error.SequenceNr));
        Assert.Contains("'group.deleted'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'group-7'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SnapshotWithUnknownManifest_NamesItsPersistenceId()
    {
        var stored = new StoredSnapshot(new SnapshotMetadata("group-7", 40, default), "state.v9", [(byte)'{', (byte)'}']);

        var error = Assert.Throws<UnknownManifestException>(() => NewRegistry().Deserialize(stored));

        Assert.Equal(("group-7", 40L), (error.PersistenceId, error.SequenceNr));
    }

    [Fact]
    public void Deserialize_MalformedPayload_ThrowsNamingTheEvent()
    {
        var error = Assert.Throws<PayloadDeserializationException>(
            () => NewRegistry().Deserialize("counter.incremented", "{not json"u8, "p", 3));

        Assert.Contains("sequence nr 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'counter.incremented'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullPayload_Throws()
    {
        Assert.Throws<PayloadDeserializationException>(() => NewRegistry().Deserialize("group.renamed", "null"u8, "p", 1));
    }

    [Fact]
    public void Serialize_UnregisteredType_IsRejected()
    {
        var error = Assert.Throws<SerializationRejectedException>(() => NewRegistry().Serialize(new Unregistered(1)));

        Assert.Equal(typeof(Unregistered), error.Type);
        Assert.Contains("not registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRepresentation_RegisteredType_CarriesManifestAndLeavesTimeToTheJournal()
    {
        var e = NewRegistry().ToRepresentation(new GroupRenamed("x"), "p", 4, "writer");

        Assert.Equal(("p", 4L, "group.renamed", "writer", default(DateTimeOffset)), (e.PersistenceId, e.SequenceNr, e.Manifest, e.WriterId, e.Timestamp));
    }

    [Fact]
    public void Register_ManifestTakenByAnotherType_Throws()
    {
        Assert.Throws<ArgumentException>(() => NewRegistry().Register<CounterIncrementedV1>("counter.incremented"));
    }

    [Fact]
    public void Register_TypeUnderASecondManifest_Throws()
    {
        Assert.Throws<ArgumentException>(() => NewRegistry().Register<GroupRenamed>("group.renamed.v2"));
    }

    [Fact]
    public void Register_SameTypeAndManifestAgain_IsAccepted()
    {
        var registry = NewRegistry().Register<GroupRenamed>("group.renamed");

        Assert.True(registry.TryGetManifest(typeof(GroupRenamed), out var manifest));
        Assert.Equal("group.renamed", manifest);
        Assert.False(registry.TryGetManifest(typeof(Unregistered), out _));
    }
}
