using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

/// <summary>The runner with no engine behind its socket: a clear failure after the retries, nothing left behind.</summary>
public sealed class ContainerRunnerEngineDownTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nanoclaw-down-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RunAsync_NoEngine_ThrowsUnavailableAfterRetriesWithoutLogFile()
    {
        using var client = new DockerClient(new DockerClientOptions(Path.Join(_dir, "docker.sock")));
        var retryLog = new CapturingLogger<EngineRetryPolicy>();
        var retry = new EngineRetryPolicy(TimeProvider.System, retryLog, new EngineRetryOptions
        {
            MaxAttempts = 3,
            InitialDelay = TimeSpan.FromMilliseconds(5),
        });
        var runner = new ContainerRunner(client, retry, new ContainerOptions(), TimeProvider.System, NullLogger<ContainerRunner>.Instance);
        var spec = ContainerSpecFactory.Create(
            new GroupContainerFacts("family", false, "install1", "1", "UTC", []), new ContainerOptions());
        var logs = Path.Join(_dir, "logs");

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => runner.RunAsync(spec, logs));

        Assert.Contains("create nanoclaw-family-1 failed 3 times", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Start it", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, retryLog.Entries.Count);
        Assert.False(Directory.Exists(logs));
    }
}
