namespace NanoClaw.Containers.Tests.Support;

/// <summary>Tests against the real engine share one fixture and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DockerCollection : ICollectionFixture<DockerEngineFixture>
{
    public const string Name = "docker";
}
