namespace NanoClaw.Host.Api.Contracts;

/// <summary>
/// A scheduled task. <c>scheduleType</c> is <c>cron</c>, <c>interval</c> (milliseconds) or <c>once</c>
/// (a local time without offset); <c>status</c> is <c>active</c>, <c>paused</c> or <c>completed</c>;
/// <c>nextRun</c> is null when it will not run again.
/// </summary>
public sealed record TaskView(
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
    DateTimeOffset Created);
