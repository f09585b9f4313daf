namespace NanoClaw.Host.Api.Contracts;

/// <summary>
/// <c>POST /api/tasks</c>. <c>contextMode</c> is <c>group</c> or <c>isolated</c> (default);
/// <c>misfirePolicy</c> is <c>run-once</c> (default) or <c>skip</c>.
/// </summary>
public sealed record CreateTaskRequest(
    string? Group,
    string? Prompt,
    string? ScheduleType,
    string? ScheduleValue,
    string? ContextMode = null,
    string? MisfirePolicy = null);
