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

    [Theory]
    [InlineData("tcp://127.0.0.1:2375")]
    [InlineData("ssh://me@host")]
    [InlineData("unix://")]
    public void FromDockerHost_OtherSchemes_AreRejected(string dockerHost)
    {
        var ex = Assert.Throws<ArgumentException>(() => DockerClientOptions.FromDockerHost(dockerHost));

        Assert.Contains("unix://", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectiveRequestTimeout_Unset_IsThirtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new DockerClientOptions().EffectiveRequestTimeout);
    }
}
