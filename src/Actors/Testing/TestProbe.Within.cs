using System.Diagnostics;

namespace NanoClaw.Actors.Testing;

/// <summary>Deadlines and polling assertions.</summary>
public sealed partial class TestProbe
{
    /// <summary>Runs <paramref name="action"/> with a deadline of <paramref name="max"/> that inner expectations inherit; fails if it takes longer.</summary>
    public void Within(TimeSpan max, Action action) => Within(TimeSpan.Zero, max, action);

    /// <summary>As <see cref="Within(TimeSpan, Action)"/>, and also fails if the block finishes before <paramref name="min"/>.</summary>
    public void Within(TimeSpan min, TimeSpan max, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Within(min, max, () =>
        {
            action();
            return true;
        });
    }

    public T Within<T>(TimeSpan max, Func<T> function) => Within(TimeSpan.Zero, max, function);

    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        var start = Stopwatch.GetTimestamp();
        var outer = _deadline;
        var inner = start + (long)(max.TotalSeconds * Stopwatch.Frequency);
        _deadline = outer is { } o && o < inner ? o : inner;
        try
        {
            var result = function();
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed < min)
            {
                throw new TestKitAssertionException($"The block finished in {elapsed}, before the minimum of {min}.");
            }

            if (elapsed > max)
            {
                throw new TestKitAssertionException($"The block took {elapsed}, longer than the maximum of {max}.");
            }

            return result;
        }
        finally
        {
            _deadline = outer;
        }
    }

    /// <summary>Retries <paramref name="assertion"/> until it stops throwing; on timeout rethrows its last exception wrapped.</summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var wait = duration ?? RemainingOrDefault;
        var deadline = DeadlineFrom(wait);
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (Remaining(deadline) > TimeSpan.Zero)
            {
                Pause(interval);
            }
            catch (Exception ex)
            {
                throw new TestKitAssertionException($"The assertion still failed after {wait}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it is true; fails when <paramref name="max"/> passes first.</summary>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = max ?? RemainingOrDefault;
        var deadline = DeadlineFrom(wait);
        while (!condition())
        {
            if (Remaining(deadline) <= TimeSpan.Zero)
            {
                throw new TestKitAssertionException($"The condition was not met within {wait}{(message is null ? "." : $": {message}")}");
            }

            Pause(interval);
        }
    }

    private static void Pause(TimeSpan? interval)
    {
        // Polling needs a wait between attempts; the test kit's own clock is real time by design.
        using var never = new ManualResetEventSlim(false);
        never.Wait(interval ?? TestKitDefaults.PollInterval);
    }
}
