using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Runtime;
using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Containers.Tests.Runtime;

public sealed class EngineRetryPolicyTests
{
    private static readonly EngineRetryOptions Fast = new()
    {
        MaxAttempts = 4,
        InitialDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(20),
    };

    private readonly CapturingLogger<EngineRetryPolicy> _logger = new();

    private EngineRetryPolicy Policy() => new(TimeProvider.System, _logger, Fast);

    [Fact]
    public async Task ExecuteAsync_EngineBackAfterTwoFailures_ReturnsResult()
    {
        var attempts = 0;

        var result = await Policy().ExecuteAsync("ping", _ =>
        {
            attempts++;
            return attempts < 3 ? throw new DockerUnavailableException("/x.sock", "starting") : Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Equal(3, attempts);
        Assert.Equal(2, _logger.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task ExecuteAsync_EngineStaysDown_FailsClearlyAfterMaxAttempts()
    {
        var attempts = 0;

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => Policy().ExecuteAsync("create nanoclaw-x-1", _ =>
        {
            attempts++;
            return Task.FromException(new DockerUnavailableException("/x.sock", "connection refused"));
        }));

        Assert.Equal(4, attempts);
        Assert.Contains("create nanoclaw-x-1 failed 4 times", ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/ensure-docker.sh", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_EngineError_NotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<DockerApiException>(() => Policy().ExecuteAsync("create", _ =>
        {
            attempts++;
            return Task.FromException(new DockerApiException(System.Net.HttpStatusCode.Conflict, "name in use"));
        }));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_RealClientMissingSocket_RetriesThenUnavailable()
    {
        var socket = Path.Join(Path.GetTempPath(), $"nanoclaw-missing-{Guid.NewGuid():N}.sock");
        using var client = new DockerClient(new DockerClientOptions(socket));

        var ex = await Assert.ThrowsAsync<DockerUnavailableException>(() => Policy().ExecuteAsync("ping", client.PingAsync));

        Assert.Equal(socket, ex.SocketPath);
        Assert.Contains("ping failed 4 times", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, _logger.Entries.Count);
    }

    [Fact]
    public async Task ExecuteAsync_EngineAppearsWhileRetrying_PingSucceeds()
    {
        var socket = Path.Join(Path.GetTempPath(), $"nanoclaw-late-{Guid.NewGuid():N}.sock");
        using var client = new DockerClient(new DockerClientOptions(socket));
        FakeEngine? engine = null;
        var attempts = 0;
        try
        {
            await Policy().ExecuteAsync("ping", async ct =>
            {
                if (++attempts == 3)
                {
                    engine = new FakeEngine(socket); // the engine comes up before the third attempt
                }

                await client.PingAsync(ct);
            });

            Assert.Equal(3, attempts);
            Assert.Equal(1, engine!.Requests);
            Assert.Equal(2, _logger.Entries.Count);
        }
        finally
        {
            if (engine is not null)
            {
                await engine.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ExecuteAsync_CancelledWhileBackingOff_StopsRetrying()
    {
        using var cancel = new CancellationTokenSource();
        var policy = new EngineRetryPolicy(TimeProvider.System, _logger, Fast with { InitialDelay = TimeSpan.FromMinutes(5) });

        var task = policy.ExecuteAsync("ping", _ => Task.FromException(new DockerUnavailableException("/x.sock", "down")), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }
}
