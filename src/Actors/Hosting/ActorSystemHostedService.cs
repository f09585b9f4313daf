using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Hosting;

/// <summary>
/// Ties an <see cref="ActorSystem"/> to the generic host's lifetime: when the host stops (SIGTERM,
/// Ctrl+C, StopApplication) the system terminates top-down before the host exits; when the system
/// terminates on its own (e.g. a guardian failed) the host is asked to stop, so the process never
/// lingers without its actors.
/// </summary>
public sealed class ActorSystemHostedService(ActorSystem system, IHostApplicationLifetime lifetime, ILogger<ActorSystemHostedService> logger)
    : IHostedService
{
    private int _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = system.WhenTerminated.ContinueWith(
            static (_, state) => ((ActorSystemHostedService)state!).OnSystemTerminated(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return Task.CompletedTask;
    }

    /// <summary>Terminates the system; the host's shutdown timeout bounds the wait through <paramref name="cancellationToken"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _stopping, 1);
        await system.Terminate().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void OnSystemTerminated()
    {
        if (Volatile.Read(ref _stopping) == 0)
        {
            logger.LogWarning("Actor system {SystemName} terminated while the host was running; stopping the host", system.Name);
            lifetime.StopApplication();
        }
    }
}
