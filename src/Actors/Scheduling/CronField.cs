namespace NanoClaw.Actors.Scheduling;

/// <summary>The five fields of a cron expression, in the order they are written.</summary>
public enum CronField
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
}
