namespace NanoClaw.Actors.Timers;

/// <summary>
/// Keyed timers that send messages to their own actor. Starting a key that is active replaces it; a
/// cancelled or replaced timer never delivers, even if its message is already queued. All timers are
/// cancelled when the actor restarts or stops. Use only from the owning actor.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Delivers <paramref name="message"/> once after <paramref name="delay"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan delay);

    /// <summary>Delivers <paramref name="message"/> every <paramref name="interval"/>, first after one interval.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Delivers <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);

    bool IsTimerActive(object key);

    void Cancel(object key);

    void CancelAll();

    IReadOnlyCollection<object> ActiveTimers { get; }
}
