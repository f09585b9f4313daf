namespace NanoClaw.Actors.Scheduling;

/// <summary>How a task's <c>schedule_value</c> reads. Wire names: <c>cron</c>, <c>interval</c>, <c>once</c>.</summary>
public enum ScheduleType
{
    /// <summary>A five-field cron expression or macro, evaluated in the configured time zone.</summary>
    Cron,

    /// <summary>A whole number of milliseconds between due times, anchored to the previous due time.</summary>
    Interval,

    /// <summary>A local ISO time without offset, read in the configured time zone.</summary>
    Once,
}
