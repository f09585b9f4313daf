namespace NanoClaw.Containers.Docker;

/// <summary>
/// Where and how the client reaches the engine: its unix socket, or a TCP endpoint such as a
/// socket proxy on this machine (<c>tcp://127.0.0.1:2375</c>). Either way the engine must be the
/// one on this machine, since group folders and the agents' sockets are mounted from its disk.
/// </summary>
/// <param name="SocketPath">The engine's socket. The default is <c>/var/run/docker.sock</c>.</param>
/// <param name="ApiVersion">The API version of every request. The default is 1.41 (Docker 20.10,
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

    /// <summary>The engine over TCP instead of <see cref="SocketPath"/>, when DOCKER_HOST says <c>tcp://host:port</c>.</summary>
    public Uri? TcpEndpoint { get; init; }

    public TimeSpan EffectiveRequestTimeout => RequestTimeout ?? DefaultRequestTimeout;

    /// <summary>The engine's address as DOCKER_HOST writes it: <c>unix:///path</c> or <c>tcp://host:port</c>.</summary>
    public string Endpoint => TcpEndpoint is { } tcp ? $"tcp://{tcp.Authority}" : "unix://" + SocketPath;

    /// <summary>What errors name: the socket's path, or the TCP endpoint.</summary>
    public string Location => TcpEndpoint is null ? SocketPath : Endpoint;

    public static DockerClientOptions FromEnvironment() =>
        FromDockerHost(Environment.GetEnvironmentVariable("DOCKER_HOST"));

    /// <summary>
    /// Honours <c>DOCKER_HOST=unix:///path</c> and <c>DOCKER_HOST=tcp://host:port</c>; an unset or
    /// empty value means the default socket.
    /// </summary>
    /// <exception cref="ArgumentException">DOCKER_HOST names another scheme, or no path or port.</exception>
    public static DockerClientOptions FromDockerHost(string? dockerHost)
    {
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            return new DockerClientOptions();
        }

        const string unix = "unix://";
        if (dockerHost.StartsWith(unix, StringComparison.Ordinal) && dockerHost.Length > unix.Length)
        {
            return new DockerClientOptions(dockerHost[unix.Length..]);
        }

        if (Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri) && uri.Scheme == "tcp" && !uri.IsDefaultPort && uri.Port > 0
            && uri.AbsolutePath is "" or "/" && string.IsNullOrEmpty(uri.Query))
        {
            return new DockerClientOptions { TcpEndpoint = new Uri($"tcp://{uri.Authority}") };
        }

        throw new ArgumentException(
            $"DOCKER_HOST='{dockerHost}' is not supported: use unix:///path/to/docker.sock, or tcp://host:port for a socket proxy on this machine.",
            nameof(dockerHost));
    }
}
