using NanoClaw.Actors.Scheduling;

namespace NanoClaw.Actors.Tasks;

/// <summary>A scheduled task as the scheduler keeps it.</summary>
/// <param name="Group">The folder of the group it runs in.</param>
/// <param name="ScheduleType"><c>cron</c>, <c>interval</c> or <c>once</c>.</param>
/// <param name="ScheduleValue">The canonical schedule value (see <see cref="TaskSchedule.Value"/>).</param>
/// <param name="Status"><see cref="TaskStatuses"/>: active, paused or completed.</param>
/// <param name="NextRun">When it is due next; null when it will not run again.</param>
/// <param name="LastResult">The first 200 characters of the last result, or the last error.</param>
public sealed record ScheduledTask(
    string Id,
    string Group,
    string Prompt,
    string ScheduleType,
    string ScheduleValue,
    string ContextMode,
    string MisfirePolicy,
    string Status,
    DateTimeOffset? NextRun,
    DateTimeOffset? LastRun,
    string? LastResult,
    DateTimeOffset Created)
{
    public TaskSchedule Schedule() => TaskSchedule.Parse(ScheduleType, ScheduleValue);
}
