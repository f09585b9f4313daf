using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Runs one container to the end: create and start (retried while the engine is briefly away),
/// stream its output into a per-run log file, wait for exit, kill it after
/// <see cref="ContainerOptions.NoOutputTimeout"/> without output, stop it with
/// <see cref="ContainerOptions.StopGrace"/> when the caller cancels, and always remove it.
/// </summary>
public sealed partial class ContainerRunner(
    DockerClient client,
    EngineRetryPolicy retry,
    ContainerOptions options,
    TimeProvider timeProvider,
    ILogger<ContainerRunner> logger)
{
    /// <summary>How long output may keep draining after the exit before the stream is dropped.</summary>
    private static readonly TimeSpan LogDrainTimeout = TimeSpan.FromSeconds(5);

    /// <param name="spec">The container to run.</param>
    /// <param name="logDirectory">The group's <c>logs/</c> folder; the run's log is <c>container-&lt;run id&gt;.log</c> in it.</param>
    /// <param name="onOutput">Called with each piece of output, in order, after it is logged.</param>
    /// <param name="cancellationToken">Cancelling stops the container (grace, then kill) and still removes it.</param>
    /// <exception cref="DockerUnavailableException">The engine stayed unreachable.</exception>
    /// <exception cref="DockerApiException">The engine refused the container (bad image, mount, name in use…).</exception>
    public async Task<ContainerRunResult> RunAsync(
        ContainerSpec spec,
        string logDirectory,
        Func<LogChunk, ValueTask>? onOutput = null,
        CancellationToken cancellationToken = default)
    {
        var request = ContainerSpecMapper.ToCreateRequest(spec);
        var started = timeProvider.GetTimestamp();
        var created = await retry.ExecuteAsync(
            $"create {spec.Name}", ct => client.CreateContainerAsync(request, spec.Name, ct), cancellationToken).ConfigureAwait(false);
        try
        {
            var log = RunLogWriter.Create(Path.Join(logDirectory, $"container-{spec.RunId}.log"), options.LogMaxBytes, options.LogFilesKept);
            await using (log.ConfigureAwait(false))
            {
                await log.WriteLineAsync($"# {spec.Name} image={spec.Image} created={timeProvider.GetUtcNow():O}", CancellationToken.None)
                    .ConfigureAwait(false);
                var (exitCode, outcome, oom) = await RunCreatedAsync(created.Id, spec, log, onOutput, cancellationToken).ConfigureAwait(false);
                var duration = timeProvider.GetElapsedTime(started);
                await log.WriteLineAsync($"# exit={exitCode} outcome={outcome} oom={oom} duration={duration.TotalSeconds:0.###}s", CancellationToken.None)
                    .ConfigureAwait(false);
                LogFinished(spec.Name, exitCode, outcome, duration.TotalMilliseconds);
                return new ContainerRunResult(spec.Name, exitCode, outcome, oom, log.Path, duration);
            }
        }
        finally
        {
            await RemoveQuietlyAsync(created.Id, spec.Name).ConfigureAwait(false);
        }
    }

    private async Task<(long ExitCode, ContainerRunOutcome Outcome, bool Oom)> RunCreatedAsync(
        string id, ContainerSpec spec, RunLogWriter log, Func<LogChunk, ValueTask>? onOutput, CancellationToken cancellationToken)
    {
        await retry.ExecuteAsync($"start {spec.Name}", ct => client.StartContainerAsync(id, ct), cancellationToken).ConfigureAwait(false);
        using var run = new CancellationTokenSource();
        using var watchdog = new IdleWatchdog(timeProvider, options.NoOutputTimeout);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        var pump = PumpLogsAsync(id, log, watchdog, onOutput, run.Token);
        try
        {
            var wait = client.WaitContainerAsync(id, run.Token);
            var first = await Task.WhenAny(wait, watchdog.Expired, cancelled.Task).ConfigureAwait(false);
            var outcome = ContainerRunOutcome.Exited;
            if (first == watchdog.Expired && !wait.IsCompleted)
            {
                outcome = ContainerRunOutcome.TimedOut;
                LogTimedOut(spec.Name, options.NoOutputTimeout.TotalSeconds);
                await IgnoreGoneAsync(client.KillContainerAsync(id, "SIGKILL", CancellationToken.None)).ConfigureAwait(false);
            }
            else if (first == cancelled.Task && !wait.IsCompleted)
            {
                outcome = ContainerRunOutcome.Stopped;
                await IgnoreGoneAsync(client.StopContainerAsync(id, options.StopGrace, CancellationToken.None)).ConfigureAwait(false);
            }

            var exit = await wait.ConfigureAwait(false);
            await DrainAsync(pump).ConfigureAwait(false);
            await run.CancelAsync().ConfigureAwait(false);
            var received = await pump.ConfigureAwait(false);
            await CatchUpAsync(id, log, received, onOutput).ConfigureAwait(false);
            var inspect = await client.InspectContainerAsync(id, CancellationToken.None).ConfigureAwait(false);
            return (exit.StatusCode, outcome, inspect.State?.OomKilled ?? false);
        }
        finally
        {
            await run.CancelAsync().ConfigureAwait(false);
            await ((Task)pump).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task DrainAsync(Task<long> pump)
    {
        try
        {
            await pump.WaitAsync(LogDrainTimeout, timeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The engine kept the log stream open past the exit; the catch-up read recovers the rest.
        }
    }

    private static async Task IgnoreGoneAsync(Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (DockerApiException ex) when (DockerClient.IsGone(ex) || ex.IsConflict)
        {
            // Exited or vanished meanwhile: the wait reports how it ended.
        }
    }
}
