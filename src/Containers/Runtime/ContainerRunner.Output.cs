using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Runtime;

public sealed partial class ContainerRunner
{
    /// <summary>Follows the container's output into the log until it exits; never throws.</summary>
    /// <returns>How many bytes of output it handled.</returns>
    private async Task<long> PumpLogsAsync(
        string id, RunLogWriter log, IdleWatchdog watchdog, Func<LogChunk, ValueTask>? onOutput, CancellationToken cancellationToken)
    {
        long received = 0;
        try
        {
            await foreach (var chunk in client.ReadLogsAsync(id, new ContainerLogsParameters(Follow: true), cancellationToken).ConfigureAwait(false))
            {
                watchdog.Reset();
                await HandleAsync(chunk, log, onOutput).ConfigureAwait(false);
                received += chunk.Data.Length;
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

        return received;
    }

    /// <summary>
    /// After the exit, reads the stored output once more and hands on what the follow missed: the
    /// engine writes an unterminated last line only when the process ends, which can be after the
    /// follow stream has closed. Skipped when the output was too large to be worth reading twice.
    /// </summary>
    private async Task CatchUpAsync(string id, RunLogWriter log, long received, Func<LogChunk, ValueTask>? onOutput)
    {
        if (received > options.LogMaxBytes)
        {
            return;
        }

        try
        {
            var skip = received;
            await foreach (var chunk in client.ReadLogsAsync(id, new ContainerLogsParameters(Follow: false), CancellationToken.None).ConfigureAwait(false))
            {
                if (skip >= chunk.Data.Length)
                {
                    skip -= chunk.Data.Length;
                    continue;
                }

                await HandleAsync(chunk with { Data = chunk.Data[(int)skip..] }, log, onOutput).ConfigureAwait(false);
                skip = 0;
            }
        }
        catch (Exception ex) when (ex is DockerApiException or DockerUnavailableException or IOException or InvalidDataException)
        {
            LogOutputLost(id, ex.Message);
        }
    }

    private static async Task HandleAsync(LogChunk chunk, RunLogWriter log, Func<LogChunk, ValueTask>? onOutput)
    {
        await log.WriteAsync(chunk.Data, CancellationToken.None).ConfigureAwait(false);
        if (onOutput is not null)
        {
            await onOutput(chunk).ConfigureAwait(false);
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
