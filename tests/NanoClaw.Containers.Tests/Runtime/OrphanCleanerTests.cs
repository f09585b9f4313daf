using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

[Collection(DockerCollection.Name)]
public sealed class OrphanCleanerTests(DockerEngineFixture engine)
{
    [DockerFact]
    public async Task RemoveOrphansAsync_MixedInstalls_RemovesOnlyThisInstalls()
    {
        var install = $"{engine.RunId}-mine";
        var otherInstall = $"{engine.RunId}-other";
        var running = await engine.Client.CreateContainerAsync(engine.ShellContainer("sleep 60", installId: install), null);
        await engine.Client.StartContainerAsync(running.Id);
        var stopped = await engine.Client.CreateContainerAsync(engine.ShellContainer("true", installId: install), null);
        var other = await engine.Client.CreateContainerAsync(engine.ShellContainer("sleep 60", installId: otherInstall), null);
        await engine.Client.StartContainerAsync(other.Id);
        var unlabelled = await engine.Client.CreateContainerAsync(
            engine.ShellContainer("true") with { Labels = new Dictionary<string, string> { [DockerEngineFixture.TestRunLabel] = engine.RunId } }, null);
        var cleaner = new OrphanCleaner(engine.Client, NullLogger<OrphanCleaner>.Instance);

        var removed = await cleaner.RemoveOrphansAsync(install);

        Assert.Equal(2, removed);
        Assert.Empty(await engine.Client.ListContainersAsync([$"{ContainerLabels.Install}={install}"]));
        Assert.True((await engine.Client.InspectContainerAsync(other.Id)).State!.Running);
        Assert.NotNull(await engine.Client.InspectContainerAsync(unlabelled.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a,b")]
    public async Task RemoveOrphansAsync_BadInstallId_Throws(string installId)
    {
        using var client = new NanoClaw.Containers.Docker.DockerClient(new("/nonexistent.sock"));
        var cleaner = new OrphanCleaner(client, NullLogger<OrphanCleaner>.Instance);

        await Assert.ThrowsAsync<ArgumentException>(() => cleaner.RemoveOrphansAsync(installId));
    }
}
