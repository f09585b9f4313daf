using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Runtime;

public sealed partial class ContainerRunner
{
    /// <summary>Follows the container's output into the log until it exits; never throws.</summary>
    private async Task PumpLogsAsync(
        string id, RunLogWriter log, IdleWatchdog watchdog, Func<LogChunk, ValueTask>? onOutput, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var chunk in client.ReadLogsAsync(id, new ContainerLogsParameters(Follow: true), cancellationToken).ConfigureAwait(false))
            {
                watchdog.Reset();
                await log.WriteAsync(chunk.Data, cancellationToken).ConfigureAwait(false);
                if (onOutput is not null)
                {
                    await onOutput(chunk).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (Exception ex) when (ex is DockerApiException or DockerUnavailableException or IOException or InvalidDataException)
        {
            LogOutputLost(id, ex.Message);
        }
    }

    /// <summary>Removes the container whatever happened; if the engine is gone, orphan cleanup will.</summary>
    private async Task RemoveQuietlyAsync(string id, string name)
    {
        try
        {
            await client.RemoveContainerAsync(id, force: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DockerApiException ex) when (DockerClient.IsGone(ex))
        {
            // Already removed.
        }
        catch (Exception ex) when (ex is DockerApiException or DockerUnavailableException)
        {
            LogRemoveFailed(name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Container {Name} ended: exit {ExitCode}, {Outcome}, {DurationMs} ms")]
    private partial void LogFinished(string name, long exitCode, ContainerRunOutcome outcome, double durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Container {Name} printed nothing for {Seconds} s; killing it")]
    private partial void LogTimedOut(string name, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Output of container {Id} stopped early: {Reason}")]
    private partial void LogOutputLost(string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove container {Name} ({Reason}); orphan cleanup will at next start")]
    private partial void LogRemoveFailed(string name, string reason);
}
