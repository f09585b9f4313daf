using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Docker.Models;
using NanoClaw.Containers.Runtime;
using NanoClaw.Host.Agents;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Settings;
using NanoClaw.Host.Tests.Support;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Host.Tests.Agents;

/// <summary>What the node's one call at start does: install id, orphans, and a missing engine.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerAgentRuntimeStartupTests
{
    [Fact]
    public async Task StartAsync_EngineMissing_ThrowsTheFixQuicklyAndHealthSaysSo()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var root = RuntimeScenario.NewRoot();
        try
        {
            var socket = Path.Join(root, "no-docker.sock");
            var options = RuntimeScenario.NodeOptions(root, "unix://" + socket);
            await using var runtime = await DockerAgentRuntime.CreateAsync(options, null, NullLoggerFactory.Instance, TimeProvider.System, timeout.Token);

            var error = await Assert.ThrowsAsync<AgentStartException>(
                () => runtime.StartAsync(RuntimeScenario.Request("family"), timeout.Token).WaitAsync(timeout.Token));

            var expected = $"Docker is not reachable at unix://{socket}: start it (sudo systemctl start docker) or set DOCKER_HOST";
            Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
            var health = await runtime.Health.GetAsync(timeout.Token);
            Assert.False(health.Reachable);
            Assert.StartsWith(expected, health.Error, StringComparison.Ordinal);
            Assert.Equal(EffectiveModel.MockBanner, runtime.Model.Banner);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task CreateAsync_DataDirTooDeep_FailsNamingTheProxySocket()
    {
        var root = RuntimeScenario.NewRoot();
        try
        {
            var options = RuntimeScenario.NodeOptions(root, "unix:///nonexistent.sock");
            options.DataDir = Path.Join(root, new string('d', 120));

            var error = await Assert.ThrowsAsync<AgentStartException>(
                () => DockerAgentRuntime.CreateAsync(options, null, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None));

            Assert.Contains("model-proxy.sock", error.Message, StringComparison.Ordinal);
            Assert.Contains("nanoclaw.data-dir", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task CreateAsync_LocalOpenAICompatibleModel_ServesTheProxySocketUntilDisposed()
    {
        var root = RuntimeScenario.NewRoot();
        try
        {
            var options = RuntimeScenario.NodeOptions(root, "unix://" + Path.Join(root, "no-docker.sock"));
            options.Model = new ModelOptions { Provider = ModelProvider.OpenAI, BaseUrl = "http://127.0.0.1:11434/v1", Name = "llama3" };
            var runtime = await DockerAgentRuntime.CreateAsync(options, null, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
            var socket = runtime.Options.ProxySocket;

            Assert.True(File.Exists(socket));
            Assert.Null(runtime.Model.Banner);
            Assert.Equal(new ModelSettings("openai", "llama3", EffectiveModel.DefaultMaxTokens), runtime.Options.Context.Model);
            await runtime.DisposeAsync();
            await runtime.DisposeAsync();
            Assert.False(File.Exists(socket));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [DockerFact]
    public async Task StartAsync_ImageMissing_ThrowsHowToBuildIt()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await using var scenario = await RuntimeScenario.StartAsync(timeout.Token);
        await using var runtime = scenario.VariantRuntime(o => o with { Container = o.Container with { Image = "nanoclaw-no-such-image:never" } });

        var error = await Assert.ThrowsAsync<AgentStartException>(() => runtime.StartAsync(RuntimeScenario.Request("family"), timeout.Token));

        Assert.Equal(DockerHealthMonitor.ImageMissing("nanoclaw-no-such-image:never"), error.Message);
        Assert.Equal(new DockerHealth(true, false, error.Message), runtime.Health.Last);
    }

    [DockerFact]
    public async Task CreateAsync_OrphansOfThisAndAnotherInstall_RemovesOnlyThisInstallsAndKeepsItsId()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        var root = RuntimeScenario.NewRoot();
        var data = Path.Join(root, "data");
        var ours = await InstallIdentity.LoadOrCreateAsync(data, ct);
        var other = "test-other-" + Guid.NewGuid().ToString("N")[..8];
        using var client = NanoClaw.Containers.Docker.DockerClient.FromEnvironment();
        var mine = await client.CreateContainerAsync(Sleeper(ours), null, ct);
        var theirs = await client.CreateContainerAsync(Sleeper(other), null, ct);
        try
        {
            await using (var scenario = await RuntimeScenario.StartAsync(ct, root))
            {
                Assert.Equal(ours, scenario.Runtime.Options.InstallId);
                await scenario.Runtime.Preparation.WaitAsync(ct);
                Assert.Empty(await client.ListContainersAsync([$"{ContainerLabels.Install}={ours}"], ct));
                Assert.Single(await client.ListContainersAsync([$"{ContainerLabels.Install}={other}"], ct));
                Assert.True((await scenario.Runtime.Health.GetAsync(ct)).ImagePresent);
            }
        }
        finally
        {
            await client.RemoveContainerAsync(theirs.Id, force: true, CancellationToken.None);
            await RemoveIfPresentAsync(client, mine.Id);
        }
    }

    private static ContainerCreateRequest Sleeper(string installId) => new()
    {
        Image = "nanoclaw-agent:latest",
        Entrypoint = ["/bin/sh", "-c"],
        Cmd = ["sleep 300"],
        Labels = new Dictionary<string, string> { [ContainerLabels.Install] = installId, ["nanoclaw.test-run"] = installId },
        HostConfig = new HostConfig { NetworkMode = "none" },
    };

    private static async Task RemoveIfPresentAsync(NanoClaw.Containers.Docker.DockerClient client, string id)
    {
        try
        {
            await client.RemoveContainerAsync(id, force: true, CancellationToken.None);
        }
        catch (NanoClaw.Containers.Docker.DockerApiException ex) when (NanoClaw.Containers.Docker.DockerClient.IsGone(ex))
        {
            // Removed by the orphan cleanup, as expected.
        }
    }
}
