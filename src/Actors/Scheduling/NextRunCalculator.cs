namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// Due times of scheduled tasks on the injected clock, in the configured time zone. Pure: the
/// scheduler keeps the state and asks this type where a task goes next.
/// </summary>
/// <remarks>
/// A null due time means the task has no further run: it is completed. Intervals are absolute
/// durations, untouched by daylight-saving changes; cron and once read the zone's wall clock
/// (see <see cref="CronSchedule.GetNextOccurrence"/> for gaps and overlaps).
/// </remarks>
public sealed class NextRunCalculator
{
    private readonly TimeProvider _time;

    public NextRunCalculator(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        _time = time;
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>
    /// The first due time of a task created (or rescheduled) now: cron → the next occurrence after
    /// now; interval → now plus the interval; once → its time, which may already have passed, in
    /// which case the task is due at once.
    /// </summary>
    public DateTimeOffset? FirstRun(TaskSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var now = _time.GetUtcNow();
        return schedule.Type switch
        {
            ScheduleType.Cron => schedule.Cron!.GetNextOccurrence(now, Zone),
            ScheduleType.Interval => now + schedule.Interval!.Value,
            _ => OnceAt(schedule),
        };
    }

    /// <summary>
    /// The due time after a run (successful or not) that was due at <paramref name="dueAt"/>:
    /// cron → the next occurrence after now, and never at or before <paramref name="dueAt"/>;
    /// interval → <paramref name="dueAt"/> plus whole intervals until it lies after now (no drift,
    /// missed slots skipped); once → null, the task is completed.
    /// </summary>
    public DateTimeOffset? AfterRun(TaskSchedule schedule, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var now = _time.GetUtcNow();
        return schedule.Type switch
        {
            ScheduleType.Cron => schedule.Cron!.GetNextOccurrence(now > dueAt ? now : dueAt, Zone),
            ScheduleType.Interval => Anchored(dueAt, schedule.Interval!.Value, now),
            _ => null,
        };
    }

    /// <summary>
    /// What a task does when the node starts, given the due time it had when the node stopped.
    /// A due time at or before now came due while the node was down.
    /// </summary>
    public MisfireDecision AtStart(TaskSchedule schedule, DateTimeOffset? nextRun, MisfirePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (nextRun is not { } due || due > _time.GetUtcNow())
        {
            return new MisfireDecision(MisfireAction.NotDue, nextRun);
        }

        return policy == MisfirePolicy.Skip
            ? new MisfireDecision(MisfireAction.Skip, AfterRun(schedule, due))
            : new MisfireDecision(MisfireAction.RunNow, due);
    }

    /// <summary>The instant of a once schedule: a time in a gap runs when the clock jumps, a repeated time once.</summary>
    public DateTimeOffset OnceAt(TaskSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var local = schedule.OnceLocal ?? throw new ArgumentException("not a once schedule", nameof(schedule));
        return ZoneTime.ResolveFirst(Zone, local);
    }

    private static DateTimeOffset Anchored(DateTimeOffset dueAt, TimeSpan interval, DateTimeOffset now)
    {
        if (dueAt + interval > now)
        {
            return dueAt + interval;
        }

        var elapsed = (now - dueAt).Ticks / interval.Ticks;
        return dueAt + TimeSpan.FromTicks(interval.Ticks * (elapsed + 1));
    }
}
