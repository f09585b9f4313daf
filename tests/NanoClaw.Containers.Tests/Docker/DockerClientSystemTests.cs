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
}
