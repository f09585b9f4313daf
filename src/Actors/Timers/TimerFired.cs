using NanoClaw.Actors.Events;

namespace NanoClaw.Actors.Timers;

/// <summary>
/// What a timer actually enqueues: its payload tagged with the scheduler, key and generation it was
/// started with, so the owner can drop ticks of cancelled or replaced timers.
/// </summary>
internal sealed record TimerFired(TimerScheduler Owner, object Key, int Generation, object Message) : IDeadLetterSuppression;
