using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Docker;

[Collection(DockerCollection.Name)]
public sealed class DockerClientSystemTests(DockerEngineFixture engine)
{
    [DockerFact]
    public async Task Ping_RunningEngine_Succeeds()
    {
        await engine.Client.PingAsync();
    }

    [DockerFact]
    public async Task GetVersion_RunningEngine_ReportsApiAtLeastTheClients()
    {
        var version = await engine.Client.GetVersionAsync();

        Assert.False(string.IsNullOrEmpty(version.Version));
        Assert.True(Version.Parse(version.ApiVersion) >= Version.Parse(engine.Client.Options.ApiVersion));
        Assert.Equal("linux", version.Os);
    }

    [DockerFact]
    public async Task Tcp_EngineBehindASocketProxyOnLoopback_AnswersAndListsContainers()
    {
        await using var proxy = new TcpToUnixForwarder(engine.Client.Options.SocketPath);
        using var client = new DockerClient(DockerClientOptions.FromDockerHost($"tcp://127.0.0.1:{proxy.Port}"));

        await client.PingAsync();
        var version = await client.GetVersionAsync();
        var listed = await client.ListContainersAsync(["nanoclaw.test.none=1"]);

        Assert.Equal("linux", version.Os);
        Assert.Empty(listed);
    }
}
