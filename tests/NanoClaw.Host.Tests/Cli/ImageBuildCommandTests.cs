using NanoClaw.Host.Cli;

namespace NanoClaw.Host.Tests.Cli;

/// <summary>
/// <c>nanoclaw image build</c> failure paths: each ends with one clear line and its own exit code.
/// The build itself (build.sh through <c>ImageBuilder</c>) is proven against a real engine in the
/// container tests.
/// </summary>
public sealed class ImageBuildCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nanoclaw-image-cli-").FullName;

    [Fact]
    public async Task ImageBuild_EngineSocketMissing_ExitsDockerUnavailableSayingHowToStartDocker()
    {
        var config = WriteConfig($"nanoclaw.containers.engine = \"unix://{_directory}/missing/docker.sock\"");

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("image", "build", "--config", config, "--repository", RepositoryFiles.Root);

        Assert.Equal(ExitCodes.DockerUnavailable, exitCode);
        Assert.Contains($"{_directory}/missing/docker.sock", error, StringComparison.Ordinal);
        Assert.Contains("Docker", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageBuild_NoBuildScript_ExitsFailedNamingTheFolder()
    {
        var config = WriteConfig(string.Empty);

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("image", "build", "--config", config, "--repository", _directory);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.StartsWith($"No container/build.sh found from {_directory}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageBuild_UnsupportedEngineScheme_IsRefusedAsConfiguration()
    {
        var config = WriteConfig("nanoclaw.containers.engine = \"ssh://me@127.0.0.1\"");

        var (exitCode, _, error) = await CommandLineInvoker.InvokeAsync("image", "build", "--config", config, "--repository", RepositoryFiles.Root);

        Assert.Equal(ExitCodes.InvalidConfiguration, exitCode);
        Assert.StartsWith("nanoclaw.containers.engine:", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteConfig(string overrides)
    {
        var path = Path.Combine(_directory, "test.conf");
        File.WriteAllText(path, $"include classpath(\"HOCON.conf\")\n{overrides}\n");
        return path;
    }
}
