namespace NanoClaw.Containers.Docker;

/// <summary>
/// The engine's socket is missing or does not answer. The message says how to start Docker, so
/// it can be shown to the user as it is.
/// </summary>
public sealed class DockerUnavailableException : Exception
{
    public DockerUnavailableException()
        : this(DockerClientOptions.DefaultSocketPath, "unknown reason")
    {
    }

    public DockerUnavailableException(string message)
        : base(message)
    {
        SocketPath = DockerClientOptions.DefaultSocketPath;
    }

    public DockerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        SocketPath = DockerClientOptions.DefaultSocketPath;
    }

    public DockerUnavailableException(string socketPath, string reason, Exception? innerException = null)
        : base(Describe(socketPath, reason), innerException)
    {
        SocketPath = socketPath;
    }

    public string SocketPath { get; }

    private static string Describe(string socketPath, string reason) =>
        $"The Docker engine is not reachable at {(socketPath.Contains("://", StringComparison.Ordinal) ? socketPath : "unix://" + socketPath)} ({reason}). " +
        "Start it (`sudo systemctl start docker`, or `scripts/ensure-docker.sh` in this repository), " +
        "or point DOCKER_HOST at a running engine's socket, e.g. DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock for Podman.";
}
