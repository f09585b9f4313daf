using NanoClaw.Containers.Docker;

namespace NanoClaw.Containers.Tests.Docker;

public sealed class DockerClientOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void FromDockerHost_Unset_UsesDefaultSocket(string? dockerHost)
    {
        var options = DockerClientOptions.FromDockerHost(dockerHost);

        Assert.Equal("/var/run/docker.sock", options.SocketPath);
        Assert.Equal("1.41", options.ApiVersion);
    }

    [Fact]
    public void FromDockerHost_UnixUri_UsesItsPath()
    {
        var options = DockerClientOptions.FromDockerHost("unix:///run/user/1000/podman/podman.sock");

        Assert.Equal("/run/user/1000/podman/podman.sock", options.SocketPath);
    }

    [Fact]
    public void FromDockerHost_TcpUri_UsesTheEndpoint()
    {
        var options = DockerClientOptions.FromDockerHost("tcp://127.0.0.1:2375");

        Assert.Equal(new Uri("tcp://127.0.0.1:2375"), options.TcpEndpoint);
        Assert.Equal("tcp://127.0.0.1:2375", options.Endpoint);
        Assert.Equal("tcp://127.0.0.1:2375", options.Location);
    }

    [Theory]
    [InlineData("ssh://me@host")]
    [InlineData("unix://")]
    [InlineData("tcp://127.0.0.1")]
    [InlineData("tcp://127.0.0.1:2375/v1.41")]
    [InlineData("http://127.0.0.1:2375")]
    public void FromDockerHost_OtherSchemesOrNoPort_AreRejected(string dockerHost)
    {
        var ex = Assert.Throws<ArgumentException>(() => DockerClientOptions.FromDockerHost(dockerHost));

        Assert.Contains("unix://", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tcp://host:port", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectiveRequestTimeout_Unset_IsThirtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new DockerClientOptions().EffectiveRequestTimeout);
    }
}
