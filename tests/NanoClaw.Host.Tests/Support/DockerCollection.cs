namespace NanoClaw.Host.Tests.Support;

/// <summary>Tests against the real engine run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DockerCollection
{
    public const string Name = "docker";
}
