namespace NanoClaw.Actors.Timers;

/// <summary>
/// Implemented by actors that use keyed timers. The kernel assigns <see cref="Timers"/> before the
/// actor's constructor body runs; declare it as <c>public ITimerScheduler Timers { get; set; } = null!;</c>.
/// </summary>
public interface IWithTimers
{
    ITimerScheduler Timers { get; set; }
}
