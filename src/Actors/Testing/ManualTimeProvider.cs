namespace NanoClaw.Actors.Testing;

/// <summary>
/// A clock that moves only when told. <see cref="Advance"/> fires every timer that falls due, in due
/// order, on the calling thread, so code driven by <see cref="TimeProvider"/> runs deterministically.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly HashSet<ManualTimer> _armed = [];
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Starts at <paramref name="start"/>; the default is 2000-01-01T00:00:00Z.</summary>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Timers that will fire on some future advance.</summary>
    public int ArmedTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing due timers (periodic ones as often as they fall due).</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (TryTakeDue(target, out var timer))
        {
            timer.Fire();
        }
    }

    /// <summary>Moves the clock to <paramref name="value"/>, which may not be in the past.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        var delta = value - GetUtcNow();
        Advance(delta);
    }

    internal void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _armed.Remove(timer);
                return;
            }

            timer.Due = _now + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            timer.Sequence = ++_sequence;
            _armed.Add(timer);
        }
    }

    internal void Disarm(ManualTimer timer)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
        }
    }

    private bool TryTakeDue(DateTimeOffset target, out ManualTimer timer)
    {
        lock (_gate)
        {
            ManualTimer? next = null;
            foreach (var candidate in _armed)
            {
                if (candidate.Due <= target && (next is null || (candidate.Due, candidate.Sequence).CompareTo((next.Due, next.Sequence)) < 0))
                {
                    next = candidate;
                }
            }

            if (next is null)
            {
                _now = target;
                timer = null!;
                return false;
            }

            if (next.Due > _now)
            {
                _now = next.Due;
            }

            if (next.Period is { } period)
            {
                next.Due += period;
                next.Sequence = ++_sequence;
            }
            else
            {
                _armed.Remove(next);
            }

            timer = next;
            return true;
        }
    }
}
