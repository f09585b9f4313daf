using System.Net.Sockets;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Containers.Tests.Docker;

public sealed class DockerClientUnavailableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nanoclaw-sock-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Ping_NoSocketAtPath_ThrowsUnavailableSayingHowToStartDocker()
    {
        var path = Path.Combine(_dir, "missing.sock");
        using var client = new DockerClient(new DockerClientOptions(path));

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => client.PingAsync());

        Assert.Equal(path, ex.SocketPath);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("no socket at that path", ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/ensure-docker.sh", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateContainer_SocketNobodyListensOn_ThrowsUnavailable()
    {
        var path = Path.Combine(_dir, "dead.sock");
        using var bound = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        bound.Bind(new UnixDomainSocketEndPoint(path)); // bound but not listening, like a dead engine's leftover socket
        using var client = new DockerClient(new DockerClientOptions(path));

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(
            () => client.CreateContainerAsync(new() { Image = "x" }, null));

        Assert.Contains("Connection refused", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ping_EngineThatNeverAnswers_TimesOutAsUnavailable()
    {
        var path = Path.Combine(_dir, "silent.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(); // accepts connections in the backlog, never reads or writes
        using var client = new DockerClient(new DockerClientOptions(path, RequestTimeout: TimeSpan.FromMilliseconds(200)));

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => client.PingAsync());

        Assert.Contains("no answer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_TcpEndpointNobodyListensOn_ThrowsUnavailableNamingTheEndpoint()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new DockerClient(DockerClientOptions.FromDockerHost($"tcp://127.0.0.1:{port}"));

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => client.PingAsync());

        Assert.Equal($"tcp://127.0.0.1:{port}", ex.SocketPath);
        Assert.Contains($"not reachable at tcp://127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
    }
}
