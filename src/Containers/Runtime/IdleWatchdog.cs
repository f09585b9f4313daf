namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Completes <see cref="Expired"/> when <see cref="Reset"/> has not been called for the timeout,
/// on the injected clock. Used for "kill after N without output".
/// </summary>
internal sealed class IdleWatchdog : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly ITimer _timer;
    private readonly TaskCompletionSource _expired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IdleWatchdog(TimeProvider timeProvider, TimeSpan timeout)
    {
        _timeout = timeout;
        _timer = timeProvider.CreateTimer(_ => _expired.TrySetResult(), null, timeout, Timeout.InfiniteTimeSpan);
    }

    public Task Expired => _expired.Task;

    public void Reset() => _timer.Change(_timeout, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
