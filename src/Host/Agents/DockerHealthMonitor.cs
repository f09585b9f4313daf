using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Agents;

/// <summary>
/// Answers whether the engine is reachable and the agent image present, from a ping no older than
/// <see cref="MaxAge"/>. A ping is bounded by <see cref="PingTimeout"/>, so a hung engine is a
/// clear answer too, never a wait without end.
/// </summary>
public sealed partial class DockerHealthMonitor(DockerClient client, string image, TimeProvider timeProvider, ILogger<DockerHealthMonitor> logger)
{
    /// <summary>How long a ping's answer is reused. The default is 10 seconds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    /// <summary>How long one check may take. The default is 5 seconds.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);

    private Snapshot? _last;

    /// <summary>The last answer, or null before the first check.</summary>
    public DockerHealth? Last => Volatile.Read(ref _last)?.Health;

    /// <summary>The answer of a recent ping, pinging again when the last is stale.</summary>
    public async Task<DockerHealth> GetAsync(CancellationToken cancellationToken)
    {
        var last = Volatile.Read(ref _last);
        return last is not null && timeProvider.GetElapsedTime(last.Timestamp) < MaxAge
            ? last.Health
            : await CheckAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A healthy recent answer, or a fresh check when the last one was not healthy or is stale.</summary>
    public async Task<DockerHealth> GetReadyAsync(CancellationToken cancellationToken)
    {
        var last = Volatile.Read(ref _last);
        return last is { Health.Error: null } && timeProvider.GetElapsedTime(last.Timestamp) < MaxAge
            ? last.Health
            : await CheckAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pings the engine and looks for the image now.</summary>
    public async Task<DockerHealth> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(PingTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        DockerHealth health;
        try
        {
            await client.PingAsync(linked.Token).ConfigureAwait(false);
            health = await client.TryInspectImageAsync(image, linked.Token).ConfigureAwait(false) is null
                ? new DockerHealth(true, false, ImageMissing(image))
                : new DockerHealth(true, true, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            health = new DockerHealth(false, false, Unreachable(client.Options.Location, $"no answer within {PingTimeout.TotalSeconds:0} s"));
        }
        catch (DockerUnavailableException ex)
        {
            health = new DockerHealth(false, false, Unreachable(client.Options.Location, ex.InnerException?.Message ?? "unreachable"));
        }
        catch (DockerApiException ex)
        {
            health = new DockerHealth(true, false, $"The Docker engine answered with an error: {ex.Message}");
        }

        var previous = Interlocked.Exchange(ref _last, new Snapshot(health, timeProvider.GetTimestamp()));
        if (previous?.Health.Error != health.Error && health.Error is not null)
        {
            LogUnhealthy(health.Error);
        }

        return health;
    }

    public static string Unreachable(string location, string reason) =>
        $"Docker is not reachable at {(location.Contains("://", StringComparison.Ordinal) ? location : "unix://" + location)}: start it (sudo systemctl start docker) or set DOCKER_HOST ({reason}).";

    public static string ImageMissing(string image) =>
        $"The agent image {image} is missing: build it with `nanoclaw image build` (or restart the node in the repository, which builds it).";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private partial void LogUnhealthy(string problem);

    private sealed record Snapshot(DockerHealth Health, long Timestamp);
}
