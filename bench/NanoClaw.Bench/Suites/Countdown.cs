namespace NanoClaw.Bench.Suites;

/// <summary>Completes <see cref="Completed"/> once <see cref="Signal"/> was called the given number of times, from any thread.</summary>
internal sealed class Countdown(int count)
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _left = count;

    public Task Completed => _completed.Task;

    public void Signal()
    {
        if (Interlocked.Decrement(ref _left) == 0)
        {
            _completed.TrySetResult();
        }
    }
}
