using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Retries an engine call while the engine is unreachable (<see cref="DockerUnavailableException"/>)
/// with the node's exponential backoff (<see cref="ExponentialBackoff"/>) on the injected clock; engine errors (<see cref="DockerApiException"/>)
/// are answers and are not retried. When attempts run out it throws one
/// <see cref="DockerUnavailableException"/> that says how long it tried and how to start Docker.
/// </summary>
public sealed partial class EngineRetryPolicy(TimeProvider timeProvider, ILogger<EngineRetryPolicy> logger, EngineRetryOptions? options = null)
{
    private readonly EngineRetryOptions _options = options ?? new EngineRetryOptions();

    public async Task ExecuteAsync(string operation, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        await ExecuteAsync(operation, async ct =>
        {
            await action(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T> ExecuteAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var started = timeProvider.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var delay = ExponentialBackoff.Delay(attempt - 1, _options.InitialDelay, _options.MaxDelay);
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (DockerUnavailableException ex) when (attempt < _options.MaxAttempts)
            {
                LogRetrying(operation, attempt, _options.MaxAttempts, delay.TotalMilliseconds, ex.Message);
            }
            catch (DockerUnavailableException ex)
            {
                var elapsed = timeProvider.GetElapsedTime(started);
                throw new DockerUnavailableException(
                    ex.SocketPath, $"{operation} failed {attempt} times over {elapsed.TotalSeconds:0.#}s; last: {ex.InnerException?.Message ?? "unreachable"}", ex);
            }

            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Docker engine unavailable for {Operation} (attempt {Attempt} of {MaxAttempts}); retrying in {DelayMs} ms: {Reason}")]
    private partial void LogRetrying(string operation, int attempt, int maxAttempts, double delayMs, string reason);
}
