using System.Collections.Concurrent;

namespace NanoClaw.Actors.Runs;

/// <summary>
/// Agent stops still in flight after their run actors stopped, so shutdown can wait for the
/// containers to be gone before the process exits.
/// </summary>
public sealed class RunDisposals
{
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    public int Count => _pending.Count;

    public void Track(Task stopping)
    {
        ArgumentNullException.ThrowIfNull(stopping);
        _pending.TryAdd(stopping, 0);
        stopping.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for every tracked stop, at most <paramref name="timeout"/>.</summary>
    /// <returns>True when all finished in time.</returns>
    public async Task<bool> WhenAllAsync(TimeSpan timeout, TimeProvider timeProvider)
    {
        var all = Task.WhenAll(_pending.Keys);
        try
        {
            await all.WaitAsync(timeout, timeProvider).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (TimeoutException)
        {
            return false;
        }

        return all.IsCompleted;
    }
}
