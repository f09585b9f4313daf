using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Timers;

/// <summary>
/// The timers of one actor, driven by the system's <see cref="TimeProvider"/>. The table is touched
/// only during the owner's turn; timer callbacks only enqueue a <see cref="TimerFired"/>.
/// </summary>
internal sealed class TimerScheduler(ActorCell owner) : ITimerScheduler
{
    private readonly ActorCell _owner = owner;
    private readonly Dictionary<object, Entry> _timers = [];
    private int _generation;

    public IReadOnlyCollection<object> ActiveTimers => [.. _timers.Keys];

    public void StartSingleTimer(object key, object message, TimeSpan delay) => Start(key, message, delay, null);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) => Start(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval) => Start(key, message, initialDelay, interval);

    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    public void Cancel(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_timers.Remove(key, out var entry))
        {
            entry.Timer.Dispose();
        }
    }

    public void CancelAll()
    {
        foreach (var entry in _timers.Values)
        {
            entry.Timer.Dispose();
        }

        _timers.Clear();
    }

    /// <summary>Unwraps a tick if its timer is still the active one for its key; a single timer is then retired.</summary>
    public bool TryAccept(TimerFired fired, out object message)
    {
        message = fired.Message;
        if (!ReferenceEquals(fired.Owner, this)
            || !_timers.TryGetValue(fired.Key, out var entry)
            || entry.Generation != fired.Generation)
        {
            return false;
        }

        if (!entry.Periodic)
        {
            _timers.Remove(fired.Key);
            entry.Timer.Dispose();
        }

        return true;
    }

    private void Start(object key, object message, TimeSpan delay, TimeSpan? interval)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        if (interval is { } period)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero, nameof(interval));
        }

        Cancel(key);
        var fired = new TimerFired(this, key, ++_generation, message);
        var timer = _owner.System.TimeProvider.CreateTimer(
            static state => Deliver((TimerFired)state!),
            fired,
            delay,
            interval ?? Timeout.InfiniteTimeSpan);
        _timers[key] = new Entry(timer, fired.Generation, interval is not null);
    }

    private static void Deliver(TimerFired fired) => fired.Owner._owner.Self.Tell(fired, ActorRefs.NoSender);

    private readonly record struct Entry(ITimer Timer, int Generation, bool Periodic);
}
