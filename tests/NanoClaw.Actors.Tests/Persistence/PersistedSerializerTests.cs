using System.Runtime.Serialization;
using System.Text;
using Akka.Configuration;
using Akka.Serialization;
using NanoClaw.Actors.Persistence;

namespace NanoClaw.Actors.Tests.Persistence;

public sealed class PersistedSerializerTests() : Akka.TestKit.Xunit2.TestKit(NodeAkkaConfig)
{
    /// <summary>Set to 1 to write the fixture of a new manifest; an existing fixture is never rewritten.</summary>
    private const string WriteFixturesVariable = "NANOCLAW_WRITE_FIXTURES";

    private static readonly Config NodeAkkaConfig = ConfigurationFactory.ParseString(
        $$"""
        akka.actor.serializers.{{PersistedSerializer.Name}} = "{{typeof(PersistedSerializer).AssemblyQualifiedName}}"
        akka.actor.serialization-bindings."{{typeof(IPersisted).AssemblyQualifiedName}}" = {{PersistedSerializer.Name}}
        akka.actor.serialization-settings.allow-unregistered-types = off
        """);

    private static string FixturesDirectory => Path.Combine(RepositoryFiles.Root, "tests", "NanoClaw.Actors.Tests", "Persistence", "Fixtures");

    public static TheoryData<string> Manifests()
    {
        var data = new TheoryData<string>();
        foreach (var sample in PersistedSamples.All)
        {
            data.Add(PersistedManifests.ByType[sample.GetType()]);
        }

        return data;
    }

    [Fact]
    public void Samples_CoverEveryPersistedType_OnceEach()
    {
        var persisted = typeof(IPersisted).Assembly.GetTypes()
            .Where(t => typeof(IPersisted).IsAssignableFrom(t) && !t.IsInterface)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var sampled = PersistedSamples.All.Select(s => s.GetType()).OrderBy(t => t.FullName, StringComparer.Ordinal);

        Assert.Equal(persisted, sampled);
        Assert.Equal(persisted, PersistedManifests.ByType.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void FindSerializerFor_PersistedType_IsTheNodeSerializerWithAStableManifest(string manifest)
    {
        var sample = PersistedSamples.All.Single(s => PersistedManifests.ByType[s.GetType()] == manifest);

        var serializer = Sys.Serialization.FindSerializerFor(sample);

        Assert.IsType<PersistedSerializer>(serializer);
        Assert.Equal(manifest, Serialization.ManifestFor(serializer, sample));
        Assert.DoesNotContain(sample.GetType().Name, manifest, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void FromBinary_CommittedFixture_ReadsBackToTheSameJson(string manifest)
    {
        var sample = PersistedSamples.All.Single(s => PersistedManifests.ByType[s.GetType()] == manifest);
        var serializer = (PersistedSerializer)Sys.Serialization.FindSerializerFor(sample);
        var path = Path.Combine(FixturesDirectory, manifest + ".json");
        var written = serializer.ToBinary(sample);
        if (!File.Exists(path) && Environment.GetEnvironmentVariable(WriteFixturesVariable) == "1")
        {
            File.WriteAllBytes(path, written);
        }

        Assert.True(File.Exists(path), $"No fixture for {manifest}: run the tests once with {WriteFixturesVariable}=1 and commit {path}.");
        var fixture = File.ReadAllBytes(path);

        var read = serializer.FromBinary(fixture, manifest);

        Assert.IsType(sample.GetType(), read);
        Assert.Equal(Encoding.UTF8.GetString(fixture), Encoding.UTF8.GetString(serializer.ToBinary(read)));
        Assert.Equal(Encoding.UTF8.GetString(fixture), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void FromBinary_UnknownManifest_FailsNamingIt()
    {
        var serializer = new PersistedSerializer((Akka.Actor.ExtendedActorSystem)Sys);

        var error = Assert.Throws<SerializationException>(() => serializer.FromBinary("{}"u8.ToArray(), "group.unheard-of.v1"));

        Assert.Contains("group.unheard-of.v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBinary_CorruptPayload_FailsNamingTheManifest()
    {
        var serializer = new PersistedSerializer((Akka.Actor.ExtendedActorSystem)Sys);

        var error = Assert.Throws<SerializationException>(() => serializer.FromBinary("{\"cursor\":"u8.ToArray(), "group.cursor-advanced.v1"));

        Assert.Contains("group.cursor-advanced.v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_TypeWithoutManifest_FailsInsteadOfFallingBack()
    {
        var serializer = new PersistedSerializer((Akka.Actor.ExtendedActorSystem)Sys);

        var error = Assert.Throws<SerializationException>(() => serializer.Manifest(new Unlisted()));

        Assert.Contains(nameof(Unlisted), error.Message, StringComparison.Ordinal);
    }

    private sealed record Unlisted;
}
