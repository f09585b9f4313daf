using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Images;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Images;

[Collection(DockerCollection.Name)]
public sealed class ImageBuilderTests(DockerEngineFixture engine) : IDisposable
{
    private readonly string _fakeRoot = Directory.CreateTempSubdirectory("nanoclaw-fake-repo-").FullName;

    public void Dispose() => Directory.Delete(_fakeRoot, recursive: true);

    [DockerFact]
    public async Task BuildAsync_UnchangedInputs_ReportsUpToDateWithoutRebuilding()
    {
        var builder = new ImageBuilder(engine.Client, TimeProvider.System);
        var lines = new List<string>();

        var result = await builder.BuildAsync(
            new ImageBuildRequest(RepositoryRoot.Find(), engine.Image), new SynchronousProgress<string>(lines.Add));

        Assert.False(result.Rebuilt);
        Assert.Matches("^[0-9a-f]{16}$", result.InputsHash);
        Assert.Contains(lines, l => l.Contains("up to date", StringComparison.Ordinal));
    }

    [DockerFact]
    public async Task BuildAsync_ScriptFails_ThrowsWithItsLastLines()
    {
        Directory.CreateDirectory(Path.Combine(_fakeRoot, "container"));
        await File.WriteAllTextAsync(
            Path.Combine(_fakeRoot, "container", "build.sh"), "echo \"building $NANOCLAW_IMAGE\"\necho 'step went wrong' >&2\nexit 3\n");
        var builder = new ImageBuilder(engine.Client, TimeProvider.System);

        var ex = await Assert.ThrowsAsync<DockerBuildException>(
            () => builder.BuildAsync(new ImageBuildRequest(_fakeRoot, "nanoclaw-test-never:latest")));

        Assert.Contains("exited with code 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("building nanoclaw-test-never:latest", ex.Message, StringComparison.Ordinal);
        Assert.Contains("step went wrong", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_NoBuildScript_ThrowsFileNotFound()
    {
        using var client = new DockerClient(new DockerClientOptions(Path.Combine(_fakeRoot, "none.sock")));
        var builder = new ImageBuilder(client, TimeProvider.System);

        await Assert.ThrowsAsync<FileNotFoundException>(() => builder.BuildAsync(new ImageBuildRequest(_fakeRoot)));
    }
}
