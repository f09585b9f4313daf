namespace NanoClaw.Containers.Docker;

/// <summary>An image build failed; the message is the engine's account of the failing step.</summary>
public sealed class DockerBuildException : Exception
{
    public DockerBuildException()
        : this("(unknown)", "unknown build failure")
    {
    }

    public DockerBuildException(string message)
        : this("(unknown)", message)
    {
    }

    public DockerBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Tag = "(unknown)";
        EngineMessage = message;
    }

    public DockerBuildException(string tag, string engineMessage)
        : base($"Building image {tag} failed: {engineMessage}")
    {
        Tag = tag;
        EngineMessage = engineMessage;
    }

    public string Tag { get; }

    public string EngineMessage { get; }
}
