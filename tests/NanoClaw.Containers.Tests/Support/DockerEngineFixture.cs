using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;
using NanoClaw.Containers.Images;

namespace NanoClaw.Containers.Tests.Support;

/// <summary>
/// One engine connection for the docker collection. Makes sure the agent image exists (running
/// container/build.sh, slow only the first time on a machine) and removes, at the end, every
/// container a test created: each carries the label <see cref="TestRunLabel"/>=<see cref="RunId"/>
/// or the install label <c>nanoclaw.install</c>=<see cref="RunId"/>.
/// </summary>
public sealed class DockerEngineFixture : IAsyncLifetime
{
    public const string TestRunLabel = "nanoclaw.test-run";

    public DockerEngineFixture()
    {
        Client = DockerClient.FromEnvironment();
        Image = Environment.GetEnvironmentVariable("NANOCLAW_TEST_IMAGE") ?? ImageBuildRequest.DefaultImage;
    }

    public DockerClient Client { get; }

    /// <summary>The agent image the tests run; <c>NANOCLAW_TEST_IMAGE</c> overrides it.</summary>
    public string Image { get; }

    /// <summary>Unique per test run; also the install id the tests' containers carry.</summary>
    public string RunId { get; } = "test-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Labels every test container carries so <see cref="DisposeAsync"/> finds it.</summary>
    public IReadOnlyDictionary<string, string> Labels(string? installId = null) => new Dictionary<string, string>
    {
        [TestRunLabel] = RunId,
        ["nanoclaw.install"] = installId ?? RunId,
    };

    public async Task InitializeAsync()
    {
        if (DockerProbe.UnreachableReason is not null && !DockerProbe.IsCi)
        {
            return; // Every docker test is skipped with the reason.
        }

        await Client.PingAsync();
        if (Environment.GetEnvironmentVariable("NANOCLAW_TEST_IMAGE") is null)
        {
            var builder = new ImageBuilder(Client, TimeProvider.System);
            await builder.BuildAsync(new ImageBuildRequest(RepositoryRoot.Find(), Image));
        }
    }

    /// <summary>A container running <paramref name="script"/> with sh, labelled for cleanup.</summary>
    public ContainerCreateRequest ShellContainer(string script, HostConfig? hostConfig = null, string? installId = null) => new()
    {
        Image = Image,
        Entrypoint = ["/bin/sh", "-c"],
        Cmd = [script],
        Labels = Labels(installId),
        HostConfig = hostConfig ?? new HostConfig { NetworkMode = "none" },
    };

    public async Task DisposeAsync()
    {
        try
        {
            if (DockerProbe.UnreachableReason is null)
            {
                // Containers made through ContainerSpecFactory carry only the install label.
                var leftovers = (await Client.ListContainersAsync([$"{TestRunLabel}={RunId}"]))
                    .Concat(await Client.ListContainersAsync([$"nanoclaw.install={RunId}"]));
                foreach (var container in leftovers.DistinctBy(c => c.Id))
                {
                    await Client.RemoveContainerAsync(container.Id, force: true);
                }
            }
        }
        finally
        {
            Client.Dispose();
        }
    }
}
