namespace NanoClaw.Containers.Docker;

/// <summary>
/// Where and how the client reaches the engine. Only unix sockets are supported: the engine's
/// API is never reached over TCP, so nothing leaves the machine.
/// </summary>
/// <param name="SocketPath">The engine's socket. The default is <c>/var/run/docker.sock</c>.</param>
/// <param name="ApiVersion">The API version in every request path. The default is 1.41 (Docker 20.10,
/// and Podman's compatible API).</param>
/// <param name="RequestTimeout">Bound on short requests. Waits, log follows and builds are bounded
/// only by the caller's token. The default is 30 seconds.</param>
public sealed record DockerClientOptions(
    string SocketPath = DockerClientOptions.DefaultSocketPath,
    string ApiVersion = DockerClientOptions.DefaultApiVersion,
    TimeSpan? RequestTimeout = null)
{
    public const string DefaultSocketPath = "/var/run/docker.sock";

    public const string DefaultApiVersion = "1.41";

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan EffectiveRequestTimeout => RequestTimeout ?? DefaultRequestTimeout;

    /// <summary>
    /// Honours <c>DOCKER_HOST=unix:///path</c>; an unset or empty value means the default socket.
    /// </summary>
    /// <exception cref="ArgumentException">DOCKER_HOST names a scheme other than unix://.</exception>
    public static DockerClientOptions FromEnvironment() =>
        FromDockerHost(Environment.GetEnvironmentVariable("DOCKER_HOST"));

    public static DockerClientOptions FromDockerHost(string? dockerHost)
    {
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            return new DockerClientOptions();
        }

        const string scheme = "unix://";
        if (!dockerHost.StartsWith(scheme, StringComparison.Ordinal) || dockerHost.Length == scheme.Length)
        {
            throw new ArgumentException(
                $"DOCKER_HOST='{dockerHost}' is not supported: only unix:///path/to/socket is (the engine is never reached over the network).",
                nameof(dockerHost));
        }

        return new DockerClientOptions(dockerHost[scheme.Length..]);
    }
}
